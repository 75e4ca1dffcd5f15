-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders DROP COLUMN note;

-- strata:downgrade
ALTER TABLE orders ADD COLUMN note VARCHAR(100);
