-- strata:revision r0002
-- strata:revises r0001
-- strata:message remove duplicate emails

-- strata:upgrade
DELETE FROM customers WHERE id NOT IN (SELECT min(id) FROM customers GROUP BY email);

-- strata:downgrade

