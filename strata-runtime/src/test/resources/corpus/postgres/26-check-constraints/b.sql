CREATE TABLE rentals (
    id         integer PRIMARY KEY,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    price      numeric(8, 2) NOT NULL,
    status     text NOT NULL DEFAULT 'open',
    CONSTRAINT rentals_price_check CHECK (price >= 0 AND price < 100000),
    CONSTRAINT rentals_dates_check CHECK (ends_on >= starts_on),
    CONSTRAINT rentals_status_check CHECK (status IN ('open', 'closed', 'cancelled'))
);
