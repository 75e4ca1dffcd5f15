-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TYPE order_status ADD VALUE 'shipped';

-- strata:downgrade irreversible
