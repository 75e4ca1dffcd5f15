-- strata:revision r0001
-- strata:revises base
-- strata:message base schema

-- strata:upgrade
CREATE TABLE customers (
    id    INTEGER NOT NULL,
    email TEXT    NOT NULL,
    name  TEXT,
    CONSTRAINT pk_customers PRIMARY KEY (id)
);
CREATE TABLE orders (
    id          INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    status      TEXT,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);

-- strata:downgrade
DROP TABLE orders;
DROP TABLE customers;
