-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
-- strata:allow drop-table orders moved to the billing service in release 42, which stopped using this table
DROP TABLE orders;

-- strata:downgrade
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
