-- Names that only survive if every identifier is quoted: backticks, quotes, spaces, reserved words,
-- unicode, and names of 64 characters (MariaDB's limit).
CREATE TABLE `select` (
    `from`        INT NOT NULL PRIMARY KEY,
    `we``ird col` VARCHAR(100) NOT NULL DEFAULT 'it''s -- not a comment; /* nor this */',
    `ü space`     VARCHAR(20),
    `"dq"`        BIGINT,
    `a_column_name_that_is_exactly_sixty_four_characters_long_xxxxxxx` INT,
    `order`       INT,
    CONSTRAINT `check` CHECK (`from` > 0),
    UNIQUE KEY `uq ``from`` ü` (`ü space`, `order`),
    KEY `idx "quoted" ü` (`we``ird col`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='it''s `quoted` — ü';

CREATE TABLE `group by` (
    `key`    INT NOT NULL PRIMARY KEY,
    `select` INT,
    CONSTRAINT `fk "to" select` FOREIGN KEY (`select`) REFERENCES `select` (`from`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE VIEW `view ``of`` select` AS SELECT `from`, `we``ird col` AS `Weird` FROM `select`;
