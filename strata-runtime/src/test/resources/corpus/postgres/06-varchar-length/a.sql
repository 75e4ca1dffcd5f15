CREATE TABLE contacts (
    id         integer PRIMARY KEY,
    first_name varchar(50) NOT NULL,
    last_name  varchar(50) NOT NULL,
    phone      varchar(20),
    code       char(4)
);
