-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE TABLE payments (
    id       bigint PRIMARY KEY,
    order_id bigint NOT NULL CONSTRAINT fk_payments_order REFERENCES orders (id) ON DELETE CASCADE
);

-- strata:downgrade
DROP TABLE payments;
