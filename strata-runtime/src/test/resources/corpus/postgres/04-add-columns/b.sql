CREATE TABLE orders (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    placed_at      timestamptz NOT NULL DEFAULT now(),
    note           text,
    status         varchar(20) NOT NULL DEFAULT 'new',
    total_cents    bigint NOT NULL DEFAULT 0,
    shipped        boolean NOT NULL DEFAULT false,
    delivery_date  date
);
