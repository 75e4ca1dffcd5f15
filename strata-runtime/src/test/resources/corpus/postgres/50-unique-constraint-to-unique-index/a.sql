CREATE TABLE devices (
    id        integer PRIMARY KEY,
    serial_no text NOT NULL,
    owner_id  integer,
    CONSTRAINT devices_serial_no_key UNIQUE (serial_no)
);
CREATE UNIQUE INDEX devices_owner_idx ON devices (owner_id);
