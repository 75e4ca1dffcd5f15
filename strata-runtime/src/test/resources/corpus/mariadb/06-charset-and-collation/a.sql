CREATE TABLE articles (
    id      INT NOT NULL PRIMARY KEY,
    title   VARCHAR(200) NOT NULL,
    slug    VARCHAR(200) NOT NULL,
    body    TEXT
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE tags (
    name VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
