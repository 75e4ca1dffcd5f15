CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic');
CREATE TYPE legacy_flag AS ENUM ('y', 'n');

CREATE TABLE diary (
    id    integer PRIMARY KEY,
    today mood NOT NULL DEFAULT 'ok',
    moods mood[]
);
