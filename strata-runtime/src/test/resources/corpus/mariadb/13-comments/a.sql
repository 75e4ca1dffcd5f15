CREATE TABLE shipments (
    id       INT NOT NULL PRIMARY KEY,
    carrier  VARCHAR(50) COMMENT 'Carrier name',
    tracking VARCHAR(80)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Parcels';
