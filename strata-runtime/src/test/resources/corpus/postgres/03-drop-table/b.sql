CREATE TABLE products (
    sku   varchar(40) PRIMARY KEY,
    title text NOT NULL
);
