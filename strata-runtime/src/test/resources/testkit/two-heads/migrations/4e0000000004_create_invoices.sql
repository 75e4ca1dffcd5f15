-- strata:revision 4e0000000004
-- strata:revises 3c0000000003
-- strata:message create invoices

-- strata:upgrade
CREATE TABLE invoices (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL);

-- strata:downgrade
DROP TABLE invoices;
