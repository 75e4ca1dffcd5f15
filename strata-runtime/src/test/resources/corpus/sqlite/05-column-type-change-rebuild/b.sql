-- SQLite cannot change a column's type in place: the table is rebuilt.
CREATE TABLE readings (
    id      INTEGER PRIMARY KEY,
    sensor  VARCHAR(40) NOT NULL,
    value   REAL NOT NULL,
    taken   INTEGER
);
CREATE INDEX readings_sensor_idx ON readings (sensor, taken);
