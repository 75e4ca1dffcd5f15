-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
-- strata:allow drop-column release 41 stopped reading and writing orders.status
ALTER TABLE orders DROP COLUMN status;

-- strata:downgrade
ALTER TABLE orders ADD COLUMN status TEXT;
