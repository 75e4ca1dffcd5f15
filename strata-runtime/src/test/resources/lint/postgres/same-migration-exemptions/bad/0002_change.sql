-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE INDEX ix_orders_note ON orders (note);

-- strata:downgrade
DROP INDEX ix_orders_note;
