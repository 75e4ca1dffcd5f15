CREATE TABLE nodes (
    id        integer PRIMARY KEY,
    parent_id integer,
    next_id   integer,
    CONSTRAINT nodes_parent_fk FOREIGN KEY (parent_id) REFERENCES nodes (id),
    CONSTRAINT nodes_next_fk FOREIGN KEY (next_id) REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED
);
