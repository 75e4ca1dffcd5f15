-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
DO $$
BEGIN
    UPDATE orders SET status = 'new' WHERE status IS NULL;
END
$$;

-- strata:downgrade
