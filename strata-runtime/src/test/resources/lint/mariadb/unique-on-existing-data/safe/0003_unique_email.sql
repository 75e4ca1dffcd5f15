-- strata:revision r0003
-- strata:revises r0002
-- strata:message unique email

-- strata:upgrade
-- strata:allow unique-on-existing-data r0002 removed the duplicates, and the application checks emails since release 40
ALTER TABLE customers ADD CONSTRAINT uq_customers_email UNIQUE (email);

-- strata:downgrade
ALTER TABLE customers DROP INDEX uq_customers_email;
