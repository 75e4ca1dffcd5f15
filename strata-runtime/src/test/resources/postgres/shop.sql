-- A shop: the everyday shapes of a PostgreSQL schema.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE DOMAIN money_amount AS numeric(12, 2) CHECK (VALUE >= 0);
CREATE DOMAIN email_address AS varchar(320) CHECK (VALUE ~ '^[^@]+@[^@]+$');

CREATE SEQUENCE invoice_number START WITH 1000 INCREMENT BY 1 CACHE 10;

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email email_address NOT NULL,
    full_name text NOT NULL,
    country char(2) NOT NULL DEFAULT 'NL',
    marketing_opt_in boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz,
    deleted_at timestamptz,
    profile jsonb NOT NULL DEFAULT '{}',
    tags text[] NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE customers IS 'people who buy';
COMMENT ON COLUMN customers.email IS 'unique among live customers';
CREATE UNIQUE INDEX customers_email_live ON customers (lower(email::text)) WHERE deleted_at IS NULL;
CREATE INDEX ON customers USING gin (profile jsonb_path_ops);
CREATE INDEX ON customers USING gin (tags);

CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(32) NOT NULL UNIQUE,
    name text NOT NULL,
    description text,
    price money_amount NOT NULL,
    weight_grams integer CHECK (weight_grams > 0),
    active boolean DEFAULT true,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(description, ''))) STORED
);
CREATE INDEX products_search ON products USING gin (search);
CREATE INDEX products_name_prefix ON products (name text_pattern_ops);

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    status order_status NOT NULL DEFAULT 'pending',
    invoice integer DEFAULT nextval('invoice_number'),
    placed_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    total money_amount NOT NULL DEFAULT 0,
    note varchar(500),
    CONSTRAINT orders_total_sane CHECK (total < 1000000)
);
CREATE INDEX orders_customer_recent ON orders (customer_id, placed_at DESC NULLS LAST);
CREATE INDEX ON orders (status) WHERE status IN ('pending', 'paid');
CREATE INDEX orders_placed_brin ON orders USING brin (placed_at);

CREATE TABLE order_items (
    order_id bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    line smallint NOT NULL,
    product_id integer NOT NULL REFERENCES products (id),
    quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    unit_price money_amount NOT NULL,
    discount numeric(5, 4) NOT NULL DEFAULT 0.0,
    PRIMARY KEY (order_id, line)
);
CREATE INDEX ON order_items (product_id) INCLUDE (quantity);

CREATE VIEW open_orders AS
    SELECT o.id, o.customer_id, o.total, c.email
      FROM orders o JOIN customers c ON c.id = o.customer_id
     WHERE o.status IN ('pending', 'paid');
COMMENT ON VIEW open_orders IS 'orders not yet shipped';

CREATE MATERIALIZED VIEW product_sales AS
    SELECT p.id AS product_id, sum(i.quantity) AS sold, sum(i.quantity * i.unit_price) AS revenue
      FROM products p LEFT JOIN order_items i ON i.product_id = p.id
     GROUP BY p.id;
