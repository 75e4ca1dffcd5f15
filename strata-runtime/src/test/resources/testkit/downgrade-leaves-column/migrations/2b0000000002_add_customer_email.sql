-- strata:revision 2b0000000002
-- strata:revises 1a0000000001
-- strata:message add customer email
-- BROKEN ON PURPOSE: the downgrade "keeps the data" by renaming the column, so a column stays behind.

-- strata:upgrade
ALTER TABLE customers ADD COLUMN email VARCHAR(200);

-- strata:downgrade
ALTER TABLE customers RENAME COLUMN email TO email_old;
