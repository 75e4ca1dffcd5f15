-- strata:revision r0002
-- strata:revises r0001
-- strata:message change
-- strata:transactional false

-- strata:upgrade
VACUUM FULL orders;
CLUSTER orders USING ix_orders_customer_id;
ALTER TABLE orders SET TABLESPACE archive;

-- strata:downgrade
ALTER TABLE orders SET TABLESPACE pg_default;
