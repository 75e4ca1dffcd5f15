-- strata:revision r0002
-- strata:revises r0001
-- strata:message remove duplicate emails

-- strata:upgrade
DELETE c FROM customers c JOIN customers d ON c.email = d.email AND c.id > d.id;

-- strata:downgrade

