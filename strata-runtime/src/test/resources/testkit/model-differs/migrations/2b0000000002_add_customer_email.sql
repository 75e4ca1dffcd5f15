-- strata:revision 2b0000000002
-- strata:revises 1a0000000001
-- strata:message add customer email

-- strata:upgrade
ALTER TABLE customers ADD COLUMN email VARCHAR(200);

-- strata:downgrade
ALTER TABLE customers DROP COLUMN email;
