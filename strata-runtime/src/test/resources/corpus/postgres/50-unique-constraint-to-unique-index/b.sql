CREATE TABLE devices (
    id        integer PRIMARY KEY,
    serial_no text NOT NULL,
    owner_id  integer,
    CONSTRAINT devices_owner_key UNIQUE (owner_id)
);
CREATE UNIQUE INDEX devices_serial_no_lower_idx ON devices (lower(serial_no));
