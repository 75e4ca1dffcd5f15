-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders ADD COLUMN token uuid;
ALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();
ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- strata:downgrade
ALTER TABLE orders DROP COLUMN created_at;
ALTER TABLE orders DROP COLUMN token;
