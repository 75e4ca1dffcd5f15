-- strata:revision r0002
-- strata:revises r0001
-- strata:message longer status, email check

-- strata:upgrade
ALTER TABLE orders MODIFY status VARCHAR(80) NOT NULL;
ALTER TABLE customers ADD CONSTRAINT ck_customers_email CHECK (email LIKE '%@%');

-- strata:downgrade
ALTER TABLE customers DROP CONSTRAINT ck_customers_email;
ALTER TABLE orders MODIFY status VARCHAR(20) NOT NULL;
