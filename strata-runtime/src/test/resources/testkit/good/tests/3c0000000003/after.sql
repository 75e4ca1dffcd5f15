-- Each query must return one row whose first column is true; the other columns are shown when it is not.
-- Every customer is a client now:
SELECT COUNT(*) = 3, COUNT(*) FROM clients;
-- and keeps its name, email and country:
SELECT COUNT(*) = 1 FROM clients WHERE id = 1 AND name = 'Ada' AND email = 'ada@example.com' AND country_code = 'DE';
SELECT COUNT(*) = 1 FROM clients WHERE id = 3 AND name = 'Edsger' AND country_code IS NULL;
