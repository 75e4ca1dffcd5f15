CREATE TABLE enrolments (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL,
    course_id  INTEGER NOT NULL
);
