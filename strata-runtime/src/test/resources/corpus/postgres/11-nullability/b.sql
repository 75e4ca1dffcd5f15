CREATE TABLE tickets (
    id          integer PRIMARY KEY,
    subject     text NOT NULL,
    body        text,
    assignee    text,
    priority    smallint DEFAULT 3
);
