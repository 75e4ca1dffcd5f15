CREATE TABLE customers (
    id    integer PRIMARY KEY,
    name  varchar(100) NOT NULL,
    city  text
);

CREATE VIEW customer_names AS
    SELECT id, name, city FROM customers;
