-- strata:revision r0002
-- strata:revises r0001
-- strata:message payments

-- strata:upgrade
CREATE TABLE payments (
    id       bigint PRIMARY KEY,
    order_id bigint NOT NULL CONSTRAINT fk_payments_order REFERENCES orders (id) ON DELETE CASCADE,
    amount   numeric(10, 2) NOT NULL CONSTRAINT ck_payments_amount_positive CHECK (amount > 0),
    ref      text NOT NULL,
    CONSTRAINT uq_payments_ref UNIQUE (ref)
);
CREATE INDEX ix_payments_order_id ON payments (order_id);

-- strata:downgrade
DROP TABLE payments;
