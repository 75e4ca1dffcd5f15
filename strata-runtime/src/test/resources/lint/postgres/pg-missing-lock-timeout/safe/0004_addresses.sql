-- strata:revision r0004
-- strata:revises r0003
-- strata:message addresses

-- strata:upgrade
CREATE TABLE addresses (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    CONSTRAINT fk_addresses_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_addresses_customer_id ON addresses (customer_id);

-- strata:downgrade
DROP TABLE addresses;
