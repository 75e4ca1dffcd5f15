-- strata:revision r0002
-- strata:revises r0001
-- strata:message city and tags

-- strata:upgrade
ALTER TABLE customers ADD COLUMN city text;
CREATE TABLE tags (
    id    bigint PRIMARY KEY,
    label character varying(50) NOT NULL
);

-- strata:downgrade
DROP TABLE tags;
ALTER TABLE customers DROP COLUMN city;
