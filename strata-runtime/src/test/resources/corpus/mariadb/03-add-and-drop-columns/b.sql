CREATE TABLE employees (
    id         INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    hired_on   DATE NOT NULL,
    email      VARCHAR(190),
    salary     DECIMAL(10, 2) NOT NULL DEFAULT 0.00,
    is_manager TINYINT(1) NOT NULL DEFAULT 0,
    birth_year YEAR,
    photo      MEDIUMBLOB
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
