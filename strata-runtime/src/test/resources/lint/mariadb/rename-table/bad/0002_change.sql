-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
RENAME TABLE orders TO purchases;

-- strata:downgrade
RENAME TABLE purchases TO orders;
