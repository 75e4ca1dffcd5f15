-- strata:revision r0003
-- strata:revises r0002
-- strata:message make it the constraint

-- strata:upgrade
ALTER TABLE customers ADD CONSTRAINT uq_customers_email UNIQUE USING INDEX uq_customers_email;

-- strata:downgrade
ALTER TABLE customers DROP CONSTRAINT uq_customers_email;
CREATE UNIQUE INDEX uq_customers_email ON customers (email);
