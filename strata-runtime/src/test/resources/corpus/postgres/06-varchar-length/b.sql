CREATE TABLE contacts (
    id         integer PRIMARY KEY,
    first_name varchar(100) NOT NULL,
    last_name  varchar(150) NOT NULL,
    phone      varchar,
    code       char(6)
);
