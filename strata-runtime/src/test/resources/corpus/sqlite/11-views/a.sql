CREATE TABLE products (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    price    NUMERIC NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);

CREATE VIEW product_list AS SELECT id, name FROM products;
CREATE VIEW archived_products AS SELECT id, name FROM products WHERE archived = 1;
