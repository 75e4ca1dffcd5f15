-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(200);
ALTER TABLE customers ALTER COLUMN name TYPE text;

-- strata:downgrade
ALTER TABLE customers ALTER COLUMN name TYPE varchar(100);
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(50);
