CREATE TABLE accounts (
    id         integer PRIMARY KEY,
    email      text NOT NULL,
    deleted_at timestamptz,
    plan       text NOT NULL DEFAULT 'free'
);
CREATE INDEX accounts_plan_idx ON accounts (plan) WHERE plan <> 'free';
CREATE UNIQUE INDEX accounts_live_email_key ON accounts (email) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX accounts_email_plan_key ON accounts (email, plan) NULLS NOT DISTINCT;
