-- strata:revision r0002
-- strata:revises r0001
-- strata:message referrer fk

-- strata:upgrade
ALTER TABLE orders ADD CONSTRAINT fk_orders_referrer FOREIGN KEY (referrer_id) REFERENCES customers (id) NOT VALID;

-- strata:downgrade
ALTER TABLE orders DROP CONSTRAINT fk_orders_referrer;
