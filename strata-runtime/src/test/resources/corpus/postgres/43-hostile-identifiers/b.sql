-- Names that only survive if every identifier is quoted: quotes, spaces, reserved words, upper case,
-- unicode, and names of exactly 63 bytes (PostgreSQL's limit), one of them made of two-byte characters.
CREATE SCHEMA "Sales ""Q1"" ü";

CREATE TYPE "Mood ""x""" AS ENUM ('it''s fine', 'ü ok', 'NULL');
CREATE TYPE "Sales ""Q1"" ü"."état ""new""; x" AS ENUM ('a;b', 'it''s', '-- no', 'Ünïcode');

CREATE SEQUENCE "Sales ""Q1"" ü"."seq; DROP TABLE x" START WITH 7;

CREATE TABLE "select" (
    "from"        integer PRIMARY KEY,
    "we""ird col" varchar(200) NOT NULL DEFAULT 'it''s -- not a comment; /* nor this */',
    "ü space"     varchar(20),
    "MixedCase"   boolean DEFAULT false,
    "a_column_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxx" bigint,
    "order"       integer,
    CONSTRAINT "check" CHECK ("from" > 0 AND "we""ird col" <> ''),
    CONSTRAINT "uq ""from"" ü" UNIQUE ("ü space", "MixedCase")
);
COMMENT ON TABLE "select" IS 'it''s "quoted" — ü';
COMMENT ON COLUMN "select"."we""ird col" IS 'a; b -- c';
CREATE INDEX "idx ""quoted"" ü" ON "select" (lower("we""ird col"), "order" DESC);

CREATE TABLE "Sales ""Q1"" ü"."order" (
    "group"   integer NOT NULL,
    "user"    text,
    "éééééééééééééééééééééééééééééééx" "Mood ""x""",
    "table"   integer REFERENCES public."select" ("from") ON DELETE SET NULL,
    "état"    "Sales ""Q1"" ü"."état ""new""; x" DEFAULT 'it''s',
    CONSTRAINT "order pk ""main""" PRIMARY KEY ("group")
);

CREATE VIEW "Sales ""Q1"" ü"."view ""of"" orders" AS
    SELECT o."group", o."user", s."we""ird col" AS "Weird"
    FROM "Sales ""Q1"" ü"."order" o
    JOIN public."select" s ON s."from" = o."table";
