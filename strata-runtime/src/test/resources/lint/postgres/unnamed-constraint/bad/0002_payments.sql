-- strata:revision r0002
-- strata:revises r0001
-- strata:message payments

-- strata:upgrade
CREATE TABLE payments (
    id       bigint PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    amount   numeric(10, 2) NOT NULL CHECK (amount > 0),
    ref      text NOT NULL,
    UNIQUE (ref)
);
CREATE INDEX ON payments (order_id);

-- strata:downgrade
DROP TABLE payments;
