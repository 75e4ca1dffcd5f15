CREATE TABLE regions (
    code varchar(8) PRIMARY KEY
);

CREATE TABLE stores (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    opened_on   date
);
