-- strata:revision 3c0000000003
-- strata:revises 2b0000000002
-- strata:message move customers to clients, with a countries table

-- strata:upgrade
CREATE TABLE countries (
    code VARCHAR(2) PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO countries (code, name) VALUES ('DE', 'Germany'), ('FR', 'France');
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(200),
    country_code VARCHAR(2),
    FOREIGN KEY (country_code) REFERENCES countries (code)
);
INSERT INTO clients (id, name, email, country_code)
    SELECT c.id, c.name, c.email, k.code FROM customers c LEFT JOIN countries k ON k.code = c.country;
-- strata:allow drop-table its rows were copied to clients above
DROP TABLE customers;

-- strata:downgrade
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    country VARCHAR(2),
    email VARCHAR(200)
);
INSERT INTO customers (id, name, country, email) SELECT id, name, country_code, email FROM clients;
DROP TABLE clients;
DROP TABLE countries;
