CREATE TABLE measurements (
    id        BIGINT NOT NULL PRIMARY KEY,
    label     VARCHAR(120) NOT NULL,
    reading   DECIMAL(12, 4),
    counter   BIGINT UNSIGNED,
    ratio     DOUBLE,
    kind      ENUM('a', 'b', 'c d', 'it''s'),
    taken_at  DATETIME(6),
    notes     MEDIUMTEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
