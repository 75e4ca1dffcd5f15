CREATE TABLE posts (
    id        INT NOT NULL PRIMARY KEY,
    author    VARCHAR(100) NOT NULL,
    title     VARCHAR(255) NOT NULL,
    body      TEXT NOT NULL,
    published DATETIME,
    score     INT NOT NULL DEFAULT 0,
    KEY posts_author_idx (author)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
