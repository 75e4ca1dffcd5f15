-- strata:revision r0002
-- strata:revises r0001
-- strata:message step1

-- strata:upgrade
CREATE TABLE payments (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL CONSTRAINT fk_payments_order REFERENCES orders (id) ON DELETE CASCADE
);

-- strata:downgrade
DROP TABLE payments;
