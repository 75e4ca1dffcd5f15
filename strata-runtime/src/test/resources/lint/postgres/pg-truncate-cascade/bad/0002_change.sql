-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
TRUNCATE customers CASCADE;

-- strata:downgrade
