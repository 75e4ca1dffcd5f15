CREATE TABLE enrolments (
    id         INTEGER NOT NULL,
    student_id INTEGER NOT NULL,
    course_id  INTEGER NOT NULL,
    PRIMARY KEY (student_id, course_id)
);
