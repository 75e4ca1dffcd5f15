CREATE TABLE shipments (
    id       INT NOT NULL PRIMARY KEY,
    carrier  VARCHAR(50),
    tracking VARCHAR(80) COMMENT 'Tracking number; it''s "as given" — ü'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Parcels sent to customers';
