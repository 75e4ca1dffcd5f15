-- Names that only survive if every identifier is quoted: quotes, spaces, reserved words, unicode, long names.
CREATE TABLE "select" (
    "from"        INTEGER PRIMARY KEY,
    "we""ird col" TEXT NOT NULL DEFAULT 'it''s -- not a comment; /* nor this */',
    "ü space"     TEXT,
    "a_column_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxx" INTEGER,
    "order"       INTEGER,
    CONSTRAINT "check" CHECK ("from" > 0)
);
CREATE INDEX "idx ""quoted"" ü" ON "select" ("we""ird col", "order" DESC);

CREATE TABLE "group by" (
    "key"    INTEGER PRIMARY KEY,
    "select" INTEGER,
    CONSTRAINT "fk ""to"" select" FOREIGN KEY ("select") REFERENCES "select" ("from") ON DELETE CASCADE
);

CREATE VIEW "view ""of"" select" AS SELECT "from", "we""ird col" AS "Weird" FROM "select";
