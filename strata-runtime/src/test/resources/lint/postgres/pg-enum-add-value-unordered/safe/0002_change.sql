-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TYPE order_status ADD VALUE 'shipped' AFTER 'paid';
-- strata:allow irreversible-downgrade PostgreSQL cannot remove a value from an enum

-- strata:downgrade irreversible
