CREATE TABLE metrics (
    id         bigint PRIMARY KEY,
    hits       bigint NOT NULL DEFAULT 0,
    ratio      double precision,
    label      text,
    happened   timestamp with time zone,
    flags      integer
);
