CREATE TABLE line_items (
    id         INTEGER PRIMARY KEY,
    quantity   INTEGER NOT NULL,
    unit_price REAL NOT NULL,
    total      REAL GENERATED ALWAYS AS (quantity * unit_price) VIRTUAL
);
