-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(20);
ALTER TABLE orders ALTER COLUMN total TYPE bigint USING total::bigint;
ALTER TABLE orders ALTER COLUMN customer_id TYPE integer;

-- strata:downgrade
ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint;
ALTER TABLE orders ALTER COLUMN total TYPE numeric(10, 2);
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(50);
