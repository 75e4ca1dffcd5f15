-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders ADD CONSTRAINT fk_orders_referrer FOREIGN KEY (referrer_id) REFERENCES customers (id) ON DELETE SET NULL;

-- strata:downgrade
ALTER TABLE orders DROP CONSTRAINT fk_orders_referrer;
