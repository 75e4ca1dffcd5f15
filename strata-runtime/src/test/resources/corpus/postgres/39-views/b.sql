CREATE TABLE products (
    id       integer PRIMARY KEY,
    name     text NOT NULL,
    price    numeric(10, 2) NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

CREATE VIEW product_list AS
    SELECT id, name, price FROM products WHERE NOT archived;
COMMENT ON VIEW product_list IS 'What the shop front lists';

CREATE VIEW expensive_products AS
    SELECT p.id, p.name, p.price * 1.2 AS price_with_tax
    FROM product_list p
    WHERE p.price > 100
    ORDER BY p.price DESC;
