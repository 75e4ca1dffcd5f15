-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders MODIFY status VARCHAR(20) NULL;

-- strata:downgrade
ALTER TABLE orders MODIFY status VARCHAR(20) NOT NULL;
