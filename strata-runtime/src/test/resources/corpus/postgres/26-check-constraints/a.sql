CREATE TABLE rentals (
    id         integer PRIMARY KEY,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    price      numeric(8, 2) NOT NULL,
    status     text NOT NULL DEFAULT 'open',
    CONSTRAINT rentals_price_check CHECK (price > 0),
    CONSTRAINT rentals_legacy_check CHECK (status <> 'legacy')
);
