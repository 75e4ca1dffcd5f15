CREATE TABLE departments (
    id   integer PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE staff (
    id            integer PRIMARY KEY,
    department_id integer DEFAULT 1,
    manager_id    integer,
    CONSTRAINT staff_department_fk FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT staff_manager_fk FOREIGN KEY (manager_id) REFERENCES staff (id) ON DELETE NO ACTION ON UPDATE CASCADE
);
