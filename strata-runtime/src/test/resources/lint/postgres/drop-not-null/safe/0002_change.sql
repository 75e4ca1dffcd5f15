-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
-- strata:allow drop-not-null guest checkout: every reader of orders.customer_id handles NULL since release 40
ALTER TABLE orders ALTER COLUMN customer_id DROP NOT NULL;

-- strata:downgrade
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
