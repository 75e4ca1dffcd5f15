CREATE TABLE payments (
    id     integer PRIMARY KEY,
    method text NOT NULL DEFAULT 'card',
    amount numeric(10, 2) NOT NULL
);
