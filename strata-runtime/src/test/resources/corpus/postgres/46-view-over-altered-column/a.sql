CREATE TABLE customers (
    id    integer PRIMARY KEY,
    name  varchar(50) NOT NULL,
    city  varchar(40)
);

CREATE VIEW customer_names AS
    SELECT id, name, city FROM customers;
