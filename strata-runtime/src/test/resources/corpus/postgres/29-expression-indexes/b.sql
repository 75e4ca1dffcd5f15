CREATE TABLE people (
    id         integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    email      text NOT NULL,
    born       timestamptz,
    profile    jsonb NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX people_email_idx ON people (lower(email));
CREATE INDEX people_full_name_idx ON people ((first_name || ' ' || last_name));
CREATE INDEX people_city_idx ON people ((profile ->> 'city'), last_name);
CREATE INDEX people_born_year_idx ON people (date_part('year', born AT TIME ZONE 'UTC'));
