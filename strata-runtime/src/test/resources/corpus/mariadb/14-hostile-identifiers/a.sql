-- Names that only survive if every identifier is quoted: backticks, quotes, spaces, reserved words,
-- unicode, and names of 64 characters (MariaDB's limit).
CREATE TABLE `select` (
    `from`        INT NOT NULL PRIMARY KEY,
    `we``ird col` VARCHAR(50),
    `ü space`     VARCHAR(20),
    `"dq"`        INT,
    `a_column_name_that_is_exactly_sixty_four_characters_long_xxxxxxx` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
