CREATE TABLE accounts (
    id    INTEGER PRIMARY KEY,
    email TEXT NOT NULL
);

CREATE TABLE login_attempts (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id),
    at         TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    success    INTEGER NOT NULL CHECK (success IN (0, 1))
);
