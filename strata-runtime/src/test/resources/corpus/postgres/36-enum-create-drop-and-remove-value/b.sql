CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE weather AS ENUM ('sunny', 'cloudy', 'rainy', 'it''s snowing');

CREATE TABLE diary (
    id      integer PRIMARY KEY,
    today   mood NOT NULL DEFAULT 'ok',
    moods   mood[],
    outside weather
);
