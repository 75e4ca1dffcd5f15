CREATE TABLE enrolments (
    id         integer PRIMARY KEY,
    student_id integer NOT NULL,
    course_id  integer NOT NULL,
    enrolled   date NOT NULL DEFAULT CURRENT_DATE
);
