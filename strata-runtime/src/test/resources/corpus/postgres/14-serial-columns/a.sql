CREATE TABLE audit_log (
    message text NOT NULL
);
