-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
-- strata:allow drop-column release 41 stopped reading and writing orders.note
ALTER TABLE orders DROP COLUMN note;
ALTER TABLE orders ADD COLUMN paid_at timestamptz;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN paid_at;
ALTER TABLE orders ADD COLUMN note varchar(100);
