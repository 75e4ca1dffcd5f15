CREATE DOMAIN us_postal_code AS text
    CHECK (VALUE ~ '^\d{5}$');
CREATE DOMAIN percentage AS numeric(5, 2);
CREATE DOMAIN old_code AS varchar(8);

CREATE TABLE offices (
    id       integer PRIMARY KEY,
    zip      us_postal_code,
    discount percentage
);
