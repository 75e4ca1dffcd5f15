CREATE TABLE products (
    id       INT NOT NULL PRIMARY KEY,
    name     VARCHAR(100) NOT NULL,
    price    DECIMAL(10, 2) NOT NULL,
    archived TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE VIEW product_list AS SELECT id, name FROM products;
CREATE VIEW archived_products AS SELECT id, name FROM products WHERE archived = 1;
