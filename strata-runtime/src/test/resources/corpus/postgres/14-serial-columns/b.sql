CREATE TABLE audit_log (
    id      bigserial PRIMARY KEY,
    seq     serial NOT NULL,
    small   smallserial,
    message text NOT NULL
);
