-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE TABLE audit_log (
    at   timestamptz NOT NULL,
    what text
);

-- strata:downgrade
DROP TABLE audit_log;
