CREATE TABLE shipments (
    id        integer PRIMARY KEY,
    carrier   text,
    tracking  text
);
COMMENT ON TABLE shipments IS 'Parcels sent to customers';
COMMENT ON COLUMN shipments.carrier IS 'Carrier name';
