-- BROKEN ON PURPOSE: the model has clients.phone, which no migration adds.
CREATE TABLE countries (
    code VARCHAR(2) PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(200),
    phone VARCHAR(30),
    country_code VARCHAR(2),
    FOREIGN KEY (country_code) REFERENCES countries (code)
);
