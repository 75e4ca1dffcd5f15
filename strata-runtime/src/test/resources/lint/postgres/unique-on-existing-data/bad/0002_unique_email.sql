-- strata:revision r0002
-- strata:revises r0001
-- strata:message unique email
-- strata:transactional false

-- strata:upgrade
CREATE UNIQUE INDEX CONCURRENTLY uq_customers_email ON customers (email);

-- strata:downgrade
DROP INDEX CONCURRENTLY uq_customers_email;
