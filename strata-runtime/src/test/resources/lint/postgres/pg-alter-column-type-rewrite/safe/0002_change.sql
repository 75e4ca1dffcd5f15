-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(200);
ALTER TABLE customers ALTER COLUMN name TYPE text;
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);

-- strata:downgrade
ALTER TABLE orders ALTER COLUMN total TYPE numeric(10, 2);
ALTER TABLE customers ALTER COLUMN name TYPE varchar(100);
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(50);
