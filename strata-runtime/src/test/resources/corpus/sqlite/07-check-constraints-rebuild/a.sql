CREATE TABLE bookings (
    id        INTEGER PRIMARY KEY,
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    guests    INTEGER NOT NULL,
    CONSTRAINT bookings_guests_check CHECK (guests > 0)
);
