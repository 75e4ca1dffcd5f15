-- strata:revision 1a0000000001
-- strata:revises base
-- strata:message create customers

-- strata:upgrade
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    country VARCHAR(2)
);

-- strata:downgrade
DROP TABLE customers;
