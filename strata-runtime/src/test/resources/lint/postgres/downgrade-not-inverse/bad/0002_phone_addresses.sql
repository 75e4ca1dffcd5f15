-- strata:revision r0002
-- strata:revises r0001
-- strata:message phone and addresses

-- strata:upgrade
ALTER TABLE customers ADD COLUMN phone varchar(40);
CREATE TABLE addresses (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    CONSTRAINT fk_addresses_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_addresses_customer_id ON addresses (customer_id);

-- strata:downgrade
ALTER TABLE customers DROP COLUMN phone;
