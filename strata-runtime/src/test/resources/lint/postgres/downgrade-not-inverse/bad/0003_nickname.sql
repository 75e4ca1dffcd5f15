-- strata:revision r0003
-- strata:revises r0002
-- strata:message longer nickname

-- strata:upgrade
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(80);

-- strata:downgrade
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(100);
