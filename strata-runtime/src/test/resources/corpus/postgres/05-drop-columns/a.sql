CREATE TABLE employees (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    fax_number  varchar(30),
    pager       varchar(30) DEFAULT 'none',
    hired_on    date NOT NULL
);
