-- strata:revision r0003
-- strata:revises r0002
-- strata:message unique email
-- strata:transactional false

-- strata:upgrade
-- strata:allow unique-on-existing-data r0002 removed the duplicates, and the application checks emails since release 40
CREATE UNIQUE INDEX CONCURRENTLY uq_customers_email ON customers (email);

-- strata:downgrade
DROP INDEX CONCURRENTLY uq_customers_email;
