CREATE TABLE products (
    id       integer PRIMARY KEY,
    name     text NOT NULL,
    price    numeric(10, 2) NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

CREATE VIEW product_list AS
    SELECT id, name FROM products;

CREATE VIEW old_products AS
    SELECT * FROM products WHERE archived;
