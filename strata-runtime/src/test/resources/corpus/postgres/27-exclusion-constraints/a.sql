CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE room_bookings (
    id       integer PRIMARY KEY,
    room     integer NOT NULL,
    during   tstzrange NOT NULL,
    canceled boolean NOT NULL DEFAULT false
);
