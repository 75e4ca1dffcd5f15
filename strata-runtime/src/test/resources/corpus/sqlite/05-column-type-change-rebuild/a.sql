-- SQLite cannot change a column's type in place: the table is rebuilt.
CREATE TABLE readings (
    id      INTEGER PRIMARY KEY,
    sensor  TEXT NOT NULL,
    value   INTEGER NOT NULL,
    taken   TEXT
);
CREATE INDEX readings_sensor_idx ON readings (sensor, taken);
