-- A shop's schema before a release.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TABLE customers (
    id         serial PRIMARY KEY,
    email      varchar(120) NOT NULL UNIQUE,
    name       varchar(80),
    phone      varchar(20),
    created_at timestamp DEFAULT now()
);

CREATE TABLE products (
    id          serial PRIMARY KEY,
    sku         varchar(20) NOT NULL,
    title       varchar(200) NOT NULL,
    price_cents integer NOT NULL,
    stock       integer NOT NULL DEFAULT 0
);
CREATE INDEX products_sku_idx ON products (sku);

CREATE TABLE orders (
    id          serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    status      order_status NOT NULL DEFAULT 'pending',
    total_cents integer NOT NULL
);

CREATE TABLE order_items (
    order_id   integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    quantity   integer NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
