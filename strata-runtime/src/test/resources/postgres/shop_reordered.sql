-- The shop of shop.sql, written another way: other statement order, aliases for types, constraints added
-- later with ALTER TABLE, other spellings of the same defaults and expressions. Inspects to the same schema
-- up to column order.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE DOMAIN email_address AS character varying(320) CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE DOMAIN money_amount AS decimal(12, 2) CHECK (VALUE >= 0);

CREATE TABLE products (
    id serial4,
    sku character varying(32) NOT NULL,
    name text NOT NULL,
    description text,
    price money_amount NOT NULL,
    active bool DEFAULT 't',
    weight_grams int4,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(description, ''))) STORED
);
ALTER TABLE products ADD PRIMARY KEY (id);
ALTER TABLE products ADD UNIQUE (sku);
ALTER TABLE products ADD CHECK (weight_grams > 0);
CREATE INDEX products_name_prefix ON products USING btree (name text_pattern_ops);
CREATE INDEX products_search ON products USING gin (search);

CREATE TABLE customers (
    id int8 GENERATED ALWAYS AS IDENTITY,
    full_name text NOT NULL,
    email email_address NOT NULL,
    country character(2) NOT NULL DEFAULT 'NL'::bpchar,
    marketing_opt_in boolean NOT NULL DEFAULT 'f',
    created_at timestamp with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp with time zone,
    deleted_at timestamptz,
    profile jsonb NOT NULL DEFAULT '{}'::jsonb,
    tags text[] NOT NULL DEFAULT '{}'::text[],
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);
CREATE INDEX customers_tags_idx ON customers USING gin (tags);
CREATE INDEX customers_profile_idx ON customers USING gin (profile jsonb_path_ops);
CREATE UNIQUE INDEX customers_email_live ON customers (lower((email)::text)) WHERE (deleted_at IS NULL);
COMMENT ON COLUMN customers.email IS 'unique among live customers';
COMMENT ON TABLE customers IS 'people who buy';

CREATE SEQUENCE invoice_number INCREMENT 1 START 1000 CACHE 10;

CREATE TABLE orders (
    id bigserial,
    customer_id int8 NOT NULL,
    status order_status NOT NULL DEFAULT 'pending'::order_status,
    invoice int DEFAULT nextval('invoice_number'::regclass),
    placed_at timestamptz NOT NULL DEFAULT now(),
    total money_amount NOT NULL DEFAULT 0,
    note varchar(500)
);
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE orders ADD CONSTRAINT orders_total_sane CHECK ((total < (1000000)::numeric));
CREATE INDEX orders_placed_brin ON orders USING brin (placed_at);
CREATE INDEX orders_status_idx ON orders (status) WHERE status = ANY (ARRAY['pending'::order_status, 'paid'::order_status]);
CREATE INDEX orders_customer_recent ON orders (customer_id ASC, placed_at DESC NULLS LAST);

CREATE TABLE order_items (
    order_id int8 NOT NULL,
    line int2 NOT NULL,
    product_id int4 NOT NULL,
    quantity int4 NOT NULL,
    unit_price money_amount NOT NULL,
    discount numeric(5, 4) NOT NULL DEFAULT 0,
    CONSTRAINT order_items_pkey PRIMARY KEY (order_id, line),
    CONSTRAINT order_items_quantity_check CHECK (quantity >= 1 AND quantity <= 999)
);
CREATE INDEX order_items_product_id_quantity_idx ON order_items (product_id) INCLUDE (quantity);

ALTER TABLE order_items ADD FOREIGN KEY (product_id) REFERENCES products;
ALTER TABLE order_items ADD FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;
ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers ON DELETE RESTRICT;

CREATE MATERIALIZED VIEW product_sales AS
    SELECT p.id AS product_id, sum(i.quantity) AS sold, sum(i.quantity * i.unit_price) AS revenue
      FROM products p LEFT JOIN order_items i ON i.product_id = p.id
     GROUP BY p.id;
CREATE VIEW open_orders AS
    SELECT o.id, o.customer_id, o.total, c.email
      FROM orders o JOIN customers c ON c.id = o.customer_id
     WHERE o.status = ANY (ARRAY['pending'::order_status, 'paid'::order_status]);
COMMENT ON VIEW open_orders IS 'orders not yet shipped';
