CREATE TABLE metrics (
    id         integer PRIMARY KEY,
    hits       integer NOT NULL DEFAULT 0,
    ratio      real,
    label      varchar(64),
    happened   timestamp without time zone,
    flags      smallint
);
