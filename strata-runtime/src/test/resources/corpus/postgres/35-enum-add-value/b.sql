CREATE TYPE order_state AS ENUM ('draft', 'new', 'paid', 'packed', 'shipped', 'returned');

CREATE TABLE orders (
    id    integer PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new'
);
