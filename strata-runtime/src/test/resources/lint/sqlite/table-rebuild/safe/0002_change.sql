-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
PRAGMA foreign_keys = OFF;
CREATE TABLE "_strata_rebuild_orders" (
    id          INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT
);
INSERT INTO "_strata_rebuild_orders" (id, customer_id) SELECT id, customer_id FROM "orders";
-- strata:allow drop-table removed from the model
DROP TABLE "orders";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_rebuild_orders" RENAME TO "orders";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
PRAGMA foreign_keys = ON;

-- strata:downgrade
ALTER TABLE orders ADD COLUMN status TEXT;
