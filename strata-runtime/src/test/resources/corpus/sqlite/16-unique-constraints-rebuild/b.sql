CREATE TABLE members (
    id       INTEGER PRIMARY KEY,
    email    TEXT NOT NULL,
    username TEXT NOT NULL,
    team     INTEGER,
    seat     INTEGER,
    CONSTRAINT members_email_key UNIQUE (email),
    CONSTRAINT members_team_seat_key UNIQUE (team, seat)
);
