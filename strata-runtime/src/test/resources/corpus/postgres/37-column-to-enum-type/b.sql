CREATE TYPE payment_method AS ENUM ('card', 'transfer', 'cash');

CREATE TABLE payments (
    id     integer PRIMARY KEY,
    method payment_method NOT NULL DEFAULT 'card',
    amount numeric(10, 2) NOT NULL
);
