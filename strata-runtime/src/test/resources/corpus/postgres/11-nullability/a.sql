CREATE TABLE tickets (
    id          integer PRIMARY KEY,
    subject     text,
    body        text NOT NULL,
    assignee    text,
    priority    smallint NOT NULL DEFAULT 3
);
