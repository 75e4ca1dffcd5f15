-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
DROP TABLE orders;

-- strata:downgrade
CREATE TABLE orders (id bigint PRIMARY KEY);
