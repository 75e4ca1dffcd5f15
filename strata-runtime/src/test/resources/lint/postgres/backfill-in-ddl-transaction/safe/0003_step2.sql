-- strata:revision r0003
-- strata:revises r0002
-- strata:message backfill currency
-- strata:transactional false

-- strata:upgrade
UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;

-- strata:downgrade
UPDATE orders SET currency = NULL;
