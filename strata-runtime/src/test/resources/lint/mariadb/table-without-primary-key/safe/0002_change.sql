-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE TABLE audit_log (
    id   BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at   DATETIME NOT NULL,
    what TEXT
) ENGINE=InnoDB;

-- strata:downgrade
DROP TABLE audit_log;
