CREATE TABLE measurements (
    id        INT NOT NULL PRIMARY KEY,
    label     VARCHAR(50) NOT NULL,
    reading   DECIMAL(8, 2),
    counter   INT,
    ratio     FLOAT,
    kind      ENUM('a', 'b'),
    taken_at  DATETIME,
    notes     TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
