-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE TABLE shipments (
    id         bigint PRIMARY KEY,
    order_id   bigint NOT NULL,
    carrier    text
);
CREATE INDEX ix_shipments_order_id ON shipments (order_id);
ALTER TABLE shipments ADD COLUMN tracking text NOT NULL;
ALTER TABLE shipments ADD CONSTRAINT fk_shipments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;
ALTER TABLE shipments ADD CONSTRAINT uq_shipments_tracking UNIQUE (tracking);
ALTER TABLE shipments ALTER COLUMN carrier SET NOT NULL;
ALTER TABLE shipments ALTER COLUMN carrier TYPE varchar(20);
ALTER TABLE shipments DROP COLUMN tracking;
DROP INDEX ix_shipments_order_id;
CREATE INDEX ix_shipments_order ON shipments (order_id);
ALTER TABLE shipments RENAME COLUMN carrier TO carrier_name;

-- strata:downgrade
DROP TABLE shipments;
