CREATE TABLE search_cache (
    query_hash CHAR(40) NOT NULL PRIMARY KEY,
    results    MEDIUMTEXT NOT NULL,
    cached_at  DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
