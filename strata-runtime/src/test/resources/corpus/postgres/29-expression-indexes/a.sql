CREATE TABLE people (
    id         integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    email      text NOT NULL,
    born       timestamptz,
    profile    jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX people_email_idx ON people (email);
