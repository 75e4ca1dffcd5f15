-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE TABLE purchases (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL
);
CREATE INDEX ix_purchases_customer_id ON purchases (customer_id);

-- strata:downgrade
DROP TABLE purchases;
