CREATE TABLE members (
    id        integer PRIMARY KEY,
    email     text NOT NULL,
    username  text NOT NULL,
    team_id   integer,
    seat      integer,
    CONSTRAINT members_email_key UNIQUE (email),
    CONSTRAINT members_team_seat_key UNIQUE NULLS NOT DISTINCT (team_id, seat),
    CONSTRAINT members_username_key UNIQUE (username) DEFERRABLE INITIALLY DEFERRED
);
