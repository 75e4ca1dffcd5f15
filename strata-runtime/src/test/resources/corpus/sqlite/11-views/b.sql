CREATE TABLE products (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    price    NUMERIC NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);

CREATE VIEW product_list AS SELECT id, name, price FROM products WHERE archived = 0;
CREATE VIEW expensive_products AS
    SELECT p.id, p.name, p.price * 1.2 AS price_with_tax FROM product_list p WHERE p.price > 100;
