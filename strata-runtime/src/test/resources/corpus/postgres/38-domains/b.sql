CREATE DOMAIN us_postal_code AS text
    CONSTRAINT us_postal_code_format CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');
CREATE DOMAIN percentage AS numeric(5, 2)
    NOT NULL DEFAULT 0
    CONSTRAINT percentage_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN phone_number AS varchar(20) COLLATE "C";

CREATE TABLE offices (
    id       integer PRIMARY KEY,
    zip      us_postal_code,
    discount percentage,
    phone    phone_number
);
