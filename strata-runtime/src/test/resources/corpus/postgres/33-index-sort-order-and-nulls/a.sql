CREATE TABLE scores (
    id        integer PRIMARY KEY,
    player    text NOT NULL,
    points    integer,
    played_at timestamptz NOT NULL
);
CREATE INDEX scores_points_idx ON scores (points);
CREATE INDEX scores_player_played_idx ON scores (player, played_at);
