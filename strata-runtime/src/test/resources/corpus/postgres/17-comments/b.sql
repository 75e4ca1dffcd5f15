CREATE TABLE shipments (
    id        integer PRIMARY KEY,
    carrier   text,
    tracking  text
);
COMMENT ON TABLE shipments IS 'Parcels sent to customers; it''s "the" shipping log — ü';
COMMENT ON COLUMN shipments.tracking IS 'Carrier tracking number, as given';
