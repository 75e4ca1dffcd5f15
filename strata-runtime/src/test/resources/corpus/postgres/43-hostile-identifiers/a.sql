-- Names that only survive if every identifier is quoted: quotes, spaces, reserved words, upper case,
-- unicode, and names of exactly 63 bytes (PostgreSQL's limit), one of them made of two-byte characters.
CREATE SCHEMA "Sales ""Q1"" ü";

CREATE TYPE "Mood ""x""" AS ENUM ('it''s fine', 'ü ok', 'NULL');

CREATE TABLE "select" (
    "from"        integer PRIMARY KEY,
    "we""ird col" text,
    "ü space"     varchar(20),
    "MixedCase"   boolean DEFAULT true,
    "a_column_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxx" integer
);

CREATE TABLE "Sales ""Q1"" ü"."order" (
    "group"   integer NOT NULL,
    "user"    text,
    "éééééééééééééééééééééééééééééééx" "Mood ""x""",
    CONSTRAINT "order pk ""main""" PRIMARY KEY ("group")
);
