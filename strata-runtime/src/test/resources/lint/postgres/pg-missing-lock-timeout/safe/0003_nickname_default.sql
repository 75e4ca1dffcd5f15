-- strata:revision r0003
-- strata:revises r0002
-- strata:message nickname default
-- strata:lock-timeout 5s

-- strata:upgrade
ALTER TABLE customers ALTER COLUMN nickname SET DEFAULT '';

-- strata:downgrade
ALTER TABLE customers ALTER COLUMN nickname DROP DEFAULT;
