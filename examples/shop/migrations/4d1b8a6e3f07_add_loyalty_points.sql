-- strata:revision 4d1b8a6e3f07
-- strata:revises 2b7d4e1a0c93
-- strata:message add loyalty points to customers
-- strata:branch-labels loyalty

-- strata:upgrade
ALTER TABLE customers ADD COLUMN loyalty_points INTEGER NOT NULL DEFAULT 0;

-- strata:downgrade
ALTER TABLE customers DROP COLUMN loyalty_points;
