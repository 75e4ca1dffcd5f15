-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE customers CHANGE COLUMN name full_name VARCHAR(100) NOT NULL;

-- strata:downgrade
ALTER TABLE customers CHANGE COLUMN full_name name VARCHAR(100) NOT NULL;
