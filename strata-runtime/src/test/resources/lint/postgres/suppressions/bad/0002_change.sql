-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
-- strata:allow drop-column
ALTER TABLE orders DROP COLUMN note;
-- strata:allow drop-table nothing is dropped here
ALTER TABLE orders ADD COLUMN paid_at timestamptz;
-- strata:allow no-such-rule because
SELECT 1;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN paid_at;
ALTER TABLE orders ADD COLUMN note varchar(100);
