-- strata:revision r0003
-- strata:revises r0002
-- strata:message index the foreign key

-- strata:upgrade
CREATE INDEX ix_payments_order_id ON payments (order_id);

-- strata:downgrade
DROP INDEX ix_payments_order_id;
