CREATE TABLE sessions (
    id         CHAR(36) NOT NULL PRIMARY KEY,
    user_id    INT NOT NULL,
    expires_at DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE legacy_logs (
    id      INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
