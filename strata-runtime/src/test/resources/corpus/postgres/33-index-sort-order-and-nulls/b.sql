CREATE TABLE scores (
    id        integer PRIMARY KEY,
    player    text NOT NULL,
    points    integer,
    played_at timestamptz NOT NULL
);
CREATE INDEX scores_points_idx ON scores (points DESC NULLS LAST);
CREATE INDEX scores_player_played_idx ON scores (player ASC, played_at DESC);
CREATE INDEX scores_points_nulls_first_idx ON scores (points ASC NULLS FIRST);
