CREATE TABLE people (
    id         INT NOT NULL PRIMARY KEY,
    first_name VARCHAR(50) NOT NULL,
    last_name  VARCHAR(50) NOT NULL,
    birth_date DATE,
    full_name  VARCHAR(101) AS (CONCAT(last_name, ', ', first_name)) VIRTUAL,
    birth_year SMALLINT AS (YEAR(birth_date)) PERSISTENT,
    initials   CHAR(2) AS (CONCAT(LEFT(first_name, 1), LEFT(last_name, 1))) STORED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE INDEX people_birth_year_idx ON people (birth_year);
