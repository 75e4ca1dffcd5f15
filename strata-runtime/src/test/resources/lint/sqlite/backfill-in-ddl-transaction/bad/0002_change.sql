-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders ADD COLUMN total INTEGER;
UPDATE orders SET total = 0;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN total;
