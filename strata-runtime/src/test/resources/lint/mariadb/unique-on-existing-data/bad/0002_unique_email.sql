-- strata:revision r0002
-- strata:revises r0001
-- strata:message unique email

-- strata:upgrade
ALTER TABLE customers ADD CONSTRAINT uq_customers_email UNIQUE (email);

-- strata:downgrade
ALTER TABLE customers DROP INDEX uq_customers_email;
