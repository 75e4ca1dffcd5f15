-- A small SaaS billing schema with one of nearly every kind of object.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE SCHEMA billing;

CREATE TYPE account_status AS ENUM ('trial', 'active', 'suspended', 'closed');

CREATE DOMAIN email_address AS text
    CHECK (VALUE ~* '^[^@[:space:]]+@[^@[:space:]]+$');

CREATE DOMAIN billing.money_amount AS numeric(12, 2)
    DEFAULT 0
    CONSTRAINT money_amount_not_negative CHECK (VALUE >= 0);

CREATE SEQUENCE billing.invoice_number_seq AS bigint START WITH 1000 INCREMENT BY 1 CACHE 20;

CREATE TABLE accounts (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          varchar(200) NOT NULL,
    slug          text COLLATE "C" NOT NULL,
    status        account_status NOT NULL DEFAULT 'trial',
    billing_email email_address,
    tags          text[] NOT NULL DEFAULT '{}',
    settings      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT accounts_slug_key UNIQUE (slug),
    CONSTRAINT accounts_name_not_blank CHECK (btrim(name) <> '')
);
COMMENT ON TABLE accounts IS 'Customers: one row per paying organisation';
COMMENT ON COLUMN accounts.slug IS 'URL-safe and unique, compared byte by byte';

CREATE TABLE users (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    email       email_address NOT NULL,
    full_name   text,
    search_name text GENERATED ALWAYS AS (lower(coalesce(full_name, ''))) STORED,
    last_seen   timestamptz,
    CONSTRAINT users_account_email_key UNIQUE (account_id, email)
);
CREATE INDEX users_email_lower_idx ON users (lower(email));
CREATE INDEX users_last_seen_idx ON users (last_seen DESC NULLS LAST) WHERE last_seen IS NOT NULL;

CREATE TABLE billing.plans (
    code     varchar(32) PRIMARY KEY,
    monthly  billing.money_amount NOT NULL,
    features jsonb NOT NULL DEFAULT '[]'
);

CREATE TABLE billing.subscriptions (
    id         bigserial PRIMARY KEY,
    account_id uuid NOT NULL,
    plan_code  varchar(32) NOT NULL,
    period     tstzrange NOT NULL,
    CONSTRAINT subscriptions_account_fk FOREIGN KEY (account_id)
        REFERENCES public.accounts (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT subscriptions_plan_fk FOREIGN KEY (plan_code)
        REFERENCES billing.plans (code) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT subscriptions_no_overlap EXCLUDE USING gist (account_id WITH =, period WITH &&)
);

CREATE TABLE billing.invoices (
    id              bigint PRIMARY KEY DEFAULT nextval('billing.invoice_number_seq'),
    subscription_id bigint NOT NULL REFERENCES billing.subscriptions (id) ON DELETE RESTRICT,
    amount          billing.money_amount NOT NULL,
    currency        char(3) NOT NULL DEFAULT 'EUR',
    issued_on       date NOT NULL DEFAULT CURRENT_DATE,
    paid_at         timestamptz,
    lines           jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX invoices_lines_idx ON billing.invoices USING gin (lines jsonb_path_ops);
CREATE INDEX invoices_issued_on_idx ON billing.invoices USING brin (issued_on);
CREATE INDEX invoices_unpaid_idx ON billing.invoices (subscription_id) INCLUDE (amount) WHERE paid_at IS NULL;

CREATE VIEW active_accounts AS
    SELECT id, name, slug FROM accounts WHERE status = 'active';
COMMENT ON VIEW active_accounts IS 'Accounts whose users can sign in';

CREATE MATERIALIZED VIEW billing.revenue_by_month AS
    SELECT date_trunc('month', issued_on) AS month, currency, sum(amount) AS total
    FROM billing.invoices
    GROUP BY 1, 2;
