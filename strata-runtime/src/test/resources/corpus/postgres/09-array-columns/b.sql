CREATE TABLE articles (
    id       integer PRIMARY KEY,
    title    text NOT NULL,
    tags     varchar(40)[] NOT NULL DEFAULT '{}',
    scores   bigint[],
    matrix   double precision[][],
    authors  uuid[] DEFAULT ARRAY[]::uuid[]
);
