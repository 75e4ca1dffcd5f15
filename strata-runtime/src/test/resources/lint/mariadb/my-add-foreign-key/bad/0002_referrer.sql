-- strata:revision r0002
-- strata:revises r0001
-- strata:message referrer

-- strata:upgrade
ALTER TABLE orders ADD COLUMN referrer_id INT NULL;
ALTER TABLE orders ADD CONSTRAINT fk_orders_referrer FOREIGN KEY (referrer_id) REFERENCES customers (id) ON DELETE SET NULL;

-- strata:downgrade
ALTER TABLE orders DROP FOREIGN KEY fk_orders_referrer;
ALTER TABLE orders DROP COLUMN referrer_id;
