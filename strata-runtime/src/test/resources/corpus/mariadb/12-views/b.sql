CREATE TABLE products (
    id       INT NOT NULL PRIMARY KEY,
    name     VARCHAR(100) NOT NULL,
    price    DECIMAL(10, 2) NOT NULL,
    archived TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE VIEW product_list AS SELECT id, name, price FROM products WHERE archived = 0;
CREATE VIEW expensive_products AS
    SELECT p.id, p.name, p.price * 1.2 AS price_with_tax FROM product_list p WHERE p.price > 100;
