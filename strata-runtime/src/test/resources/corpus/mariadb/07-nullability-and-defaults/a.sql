CREATE TABLE profiles (
    id          INT NOT NULL PRIMARY KEY,
    nickname    VARCHAR(40),
    bio         VARCHAR(500) NOT NULL,
    theme       VARCHAR(10) DEFAULT 'light',
    visits      INT NOT NULL DEFAULT 0,
    created_at  DATETIME,
    updated_at  TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
