-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
-- strata:allow drop-table orders moved to the billing service in release 42
DROP TABLE orders;

-- strata:downgrade
CREATE TABLE orders (id INTEGER PRIMARY KEY);
