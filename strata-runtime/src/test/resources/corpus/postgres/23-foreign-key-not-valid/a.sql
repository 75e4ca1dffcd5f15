CREATE TABLE warehouses (
    id   integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE stock (
    id           integer PRIMARY KEY,
    warehouse_id integer NOT NULL,
    quantity     integer NOT NULL
);
