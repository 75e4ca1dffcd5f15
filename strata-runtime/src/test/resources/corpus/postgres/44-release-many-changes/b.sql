-- The same shop after a release: money as numeric, soft deletes, stock checks, new tables, tighter keys.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TABLE customers (
    id         serial PRIMARY KEY,
    email      varchar(254) NOT NULL UNIQUE,
    name       varchar(80) NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
COMMENT ON COLUMN customers.deleted_at IS 'Soft delete: set instead of deleting the row';

CREATE TABLE categories (
    id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE,
    name      text NOT NULL
);

CREATE TABLE products (
    id          serial PRIMARY KEY,
    sku         varchar(20) NOT NULL,
    title       varchar(200) NOT NULL,
    price       numeric(10, 2) NOT NULL,
    stock       integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
    category_id integer REFERENCES categories (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX products_sku_idx ON products (sku);
CREATE INDEX products_category_id_idx ON products (category_id);

CREATE TABLE orders (
    id          serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    status      order_status NOT NULL DEFAULT 'pending',
    total       numeric(12, 2) NOT NULL,
    placed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at DESC);

CREATE TABLE order_items (
    order_id   integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE VIEW customer_totals AS
    SELECT c.id, c.email, coalesce(sum(o.total), 0) AS spent
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
    WHERE c.deleted_at IS NULL
    GROUP BY c.id, c.email;
