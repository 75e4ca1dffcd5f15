CREATE TABLE invoices (
    id     INT NOT NULL AUTO_INCREMENT,
    number INT NOT NULL,
    total  DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE receipts (
    id     BIGINT NOT NULL,
    amount DECIMAL(10, 2),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
