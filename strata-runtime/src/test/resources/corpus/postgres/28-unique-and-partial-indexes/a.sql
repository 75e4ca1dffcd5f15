CREATE TABLE accounts (
    id         integer PRIMARY KEY,
    email      text NOT NULL,
    deleted_at timestamptz,
    plan       text NOT NULL DEFAULT 'free'
);
CREATE INDEX accounts_plan_idx ON accounts (plan);
