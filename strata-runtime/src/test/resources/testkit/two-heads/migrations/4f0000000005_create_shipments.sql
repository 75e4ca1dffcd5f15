-- strata:revision 4f0000000005
-- strata:revises 3c0000000003
-- strata:message create shipments
-- BROKEN ON PURPOSE: written on another branch, also on top of 3c0000000003; nobody merged the two heads.

-- strata:upgrade
CREATE TABLE shipments (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL);

-- strata:downgrade
DROP TABLE shipments;
