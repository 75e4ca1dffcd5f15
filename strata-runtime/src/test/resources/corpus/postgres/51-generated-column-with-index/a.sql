CREATE TABLE invoices (
    id          integer PRIMARY KEY,
    net         numeric(12, 2) NOT NULL,
    gross       numeric(12, 2) GENERATED ALWAYS AS (net * 1.19) STORED,
    CONSTRAINT ck_invoices_gross CHECK (gross >= 0)
);
CREATE INDEX ix_invoices_gross ON invoices (gross);
CREATE UNIQUE INDEX uq_invoices_id_gross ON invoices (id, gross) WHERE gross > 100;
CREATE INDEX ix_invoices_net ON invoices (net);
