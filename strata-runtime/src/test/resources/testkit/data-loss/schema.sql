-- The desired schema (the model): what the migrations must add up to at head.
CREATE TABLE countries (
    code VARCHAR(2) PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(200),
    country_code VARCHAR(2),
    FOREIGN KEY (country_code) REFERENCES countries (code)
);
