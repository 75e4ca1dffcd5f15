CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE room_bookings (
    id       integer PRIMARY KEY,
    room     integer NOT NULL,
    during   tstzrange NOT NULL,
    canceled boolean NOT NULL DEFAULT false,
    CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT canceled),
    CONSTRAINT room_bookings_no_back_to_back EXCLUDE USING gist (id WITH <>, during WITH -|-) DEFERRABLE INITIALLY DEFERRED
);
