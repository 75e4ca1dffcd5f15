-- strata:revision r0002
-- strata:revises r0001
-- strata:message longer status, tier

-- strata:upgrade
ALTER TABLE orders MODIFY status VARCHAR(60) NOT NULL;
ALTER TABLE customers ADD COLUMN tier VARCHAR(20) NULL;

-- strata:downgrade
ALTER TABLE customers DROP COLUMN tier;
ALTER TABLE orders MODIFY status VARCHAR(20) NOT NULL;
