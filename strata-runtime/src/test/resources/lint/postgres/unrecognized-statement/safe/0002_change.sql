-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
UPDATE orders SET status = 'new' WHERE status IS NULL;

-- strata:downgrade
