-- strata:revision 3c9e2f7b1d45
-- strata:revises 2b7d4e1a0c93
-- strata:message create orders
-- strata:branch-labels orders

-- strata:upgrade
CREATE TABLE orders (
    id          INTEGER   NOT NULL,
    customer_id INTEGER   NOT NULL,
    product_id  INTEGER   NOT NULL,
    quantity    INTEGER   NOT NULL DEFAULT 1,
    total_cents INTEGER   NOT NULL,
    placed_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT fk_orders_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE RESTRICT,
    CONSTRAINT ck_orders_quantity_positive CHECK (quantity > 0)
);

-- strata:downgrade
DROP TABLE orders;
