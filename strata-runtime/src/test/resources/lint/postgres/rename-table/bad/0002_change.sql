-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders RENAME TO purchases;

-- strata:downgrade
ALTER TABLE purchases RENAME TO orders;
