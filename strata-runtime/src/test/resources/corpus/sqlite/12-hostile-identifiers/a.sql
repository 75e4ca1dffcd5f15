-- Names that only survive if every identifier is quoted: quotes, spaces, reserved words, unicode, long names.
CREATE TABLE "select" (
    "from"        INTEGER PRIMARY KEY,
    "we""ird col" TEXT,
    "ü space"     TEXT,
    "a_column_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxx" INTEGER
);
