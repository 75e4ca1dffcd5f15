-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE customers ADD COLUMN full_name VARCHAR(100);

-- strata:downgrade
ALTER TABLE customers DROP COLUMN full_name;
