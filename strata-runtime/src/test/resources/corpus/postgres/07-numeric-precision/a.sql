CREATE TABLE prices (
    id          integer PRIMARY KEY,
    amount      numeric(10, 2) NOT NULL,
    tax_rate    numeric(4, 3) NOT NULL DEFAULT 0.200,
    exact_ratio numeric,
    measured_at timestamp(6) with time zone,
    duration    interval
);
