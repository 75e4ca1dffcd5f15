-- strata:revision r0002
-- strata:revises r0001
-- strata:message change
-- strata:transactional false

-- strata:upgrade
VACUUM (ANALYZE) orders;

-- strata:downgrade
