CREATE TABLE prices (
    id          integer PRIMARY KEY,
    amount      numeric(14, 4) NOT NULL,
    tax_rate    numeric(5, 4) NOT NULL DEFAULT 0.200,
    exact_ratio numeric(20, 10),
    measured_at timestamp(3) with time zone,
    duration    interval hour to minute
);
