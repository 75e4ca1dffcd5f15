CREATE TABLE bookings (
    id         INT NOT NULL PRIMARY KEY,
    starts_on  DATE NOT NULL,
    ends_on    DATE NOT NULL,
    guests     INT NOT NULL,
    price      DECIMAL(8, 2) NOT NULL,
    CONSTRAINT bookings_guests_check CHECK (guests > 0),
    CONSTRAINT bookings_legacy_check CHECK (price <> 13)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
