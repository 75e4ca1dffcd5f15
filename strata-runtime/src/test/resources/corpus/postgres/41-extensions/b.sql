CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;

CREATE TABLE users (
    id         integer PRIMARY KEY,
    email      citext NOT NULL,
    attributes hstore,
    api_key    uuid NOT NULL DEFAULT extensions.uuid_generate_v4()
);
CREATE UNIQUE INDEX users_email_key ON users (email);
