CREATE TABLE bookings (
    id         INT NOT NULL PRIMARY KEY,
    starts_on  DATE NOT NULL,
    ends_on    DATE NOT NULL,
    guests     INT NOT NULL CHECK (guests BETWEEN 1 AND 12),
    price      DECIMAL(8, 2) NOT NULL,
    CONSTRAINT bookings_guests_check CHECK (guests > 0 AND guests < 20),
    CONSTRAINT bookings_dates_check CHECK (ends_on >= starts_on),
    CONSTRAINT bookings_price_check CHECK (price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
