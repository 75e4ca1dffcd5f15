CREATE TABLE members (
    id        integer PRIMARY KEY,
    email     text NOT NULL,
    username  text NOT NULL,
    team_id   integer,
    seat      integer,
    CONSTRAINT members_username_key UNIQUE (username)
);
