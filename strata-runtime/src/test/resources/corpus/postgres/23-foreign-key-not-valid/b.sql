CREATE TABLE warehouses (
    id   integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE stock (
    id           integer PRIMARY KEY,
    warehouse_id integer NOT NULL,
    quantity     integer NOT NULL
);
ALTER TABLE stock ADD CONSTRAINT stock_warehouse_fk
    FOREIGN KEY (warehouse_id) REFERENCES warehouses (id) NOT VALID;
ALTER TABLE stock ADD CONSTRAINT stock_quantity_check CHECK (quantity >= 0) NOT VALID;
