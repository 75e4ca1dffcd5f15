CREATE SCHEMA inventory;

CREATE TABLE inventory.locations (
    site  varchar(10) NOT NULL,
    aisle integer NOT NULL,
    label text,
    PRIMARY KEY (site, aisle)
);

CREATE TABLE pallets (
    id    bigint PRIMARY KEY,
    site  varchar(10),
    aisle integer,
    CONSTRAINT pallets_location_fk FOREIGN KEY (site, aisle)
        REFERENCES inventory.locations (site, aisle) MATCH SIMPLE ON DELETE SET NULL ON UPDATE CASCADE
);
