-- Rebuilding a table that other tables reference, with indexes and a view over it: all must survive.
CREATE TABLE customers (
    id    INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    name  TEXT
);
CREATE UNIQUE INDEX customers_email_key ON customers (email);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    total       REAL NOT NULL
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE VIEW customer_totals AS
    SELECT c.id, c.email, sum(o.total) AS spent
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
    GROUP BY c.id, c.email;
