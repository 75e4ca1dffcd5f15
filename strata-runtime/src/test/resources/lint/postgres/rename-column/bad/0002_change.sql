-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE customers RENAME COLUMN name TO full_name;

-- strata:downgrade
ALTER TABLE customers RENAME COLUMN full_name TO name;
