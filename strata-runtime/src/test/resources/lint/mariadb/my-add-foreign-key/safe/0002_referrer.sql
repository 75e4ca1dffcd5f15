-- strata:revision r0002
-- strata:revises r0001
-- strata:message referrer

-- strata:upgrade
ALTER TABLE orders ADD COLUMN referrer_id INT NULL;
-- no row has a referrer yet (the column is new), so there is nothing to check
SET foreign_key_checks = 0;
ALTER TABLE orders ADD CONSTRAINT fk_orders_referrer FOREIGN KEY (referrer_id) REFERENCES customers (id) ON DELETE SET NULL, ALGORITHM=INPLACE, LOCK=NONE;
SET foreign_key_checks = 1;

-- strata:downgrade
ALTER TABLE orders DROP FOREIGN KEY fk_orders_referrer;
ALTER TABLE orders DROP COLUMN referrer_id;
