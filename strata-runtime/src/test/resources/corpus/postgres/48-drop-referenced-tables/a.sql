CREATE TABLE teams (
    id   integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE players (
    id      integer PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams (id),
    name    text NOT NULL
);

CREATE TABLE matches (
    id        integer PRIMARY KEY,
    home_team integer NOT NULL REFERENCES teams (id),
    away_team integer NOT NULL REFERENCES teams (id),
    played_on date
);

CREATE TABLE venues (
    id   integer PRIMARY KEY,
    name text NOT NULL
);
