-- strata:revision r0003
-- strata:revises r0002
-- strata:message backfill total

-- strata:upgrade
UPDATE orders SET total = 0 WHERE total IS NULL;

-- strata:downgrade
UPDATE orders SET total = NULL;
