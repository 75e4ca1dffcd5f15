-- strata:revision r0001
-- strata:revises base
-- strata:message base schema

-- strata:upgrade
CREATE TABLE customers (
    id       bigint PRIMARY KEY,
    email    text NOT NULL,
    name     varchar(100),
    nickname varchar(50)
);
CREATE TABLE orders (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    referrer_id bigint,
    status      text,
    total       numeric(10, 2),
    note        varchar(100),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
CREATE INDEX ix_orders_referrer_id ON orders (referrer_id);
CREATE INDEX ix_orders_total ON orders (total);
CREATE TYPE order_status AS ENUM ('new', 'paid');

-- strata:downgrade
DROP TYPE order_status;
DROP TABLE orders;
DROP TABLE customers;
