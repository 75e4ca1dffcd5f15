CREATE TABLE enrolments (
    id         integer NOT NULL,
    student_id integer NOT NULL,
    course_id  integer NOT NULL,
    enrolled   date NOT NULL DEFAULT CURRENT_DATE,
    CONSTRAINT enrolments_pkey PRIMARY KEY (student_id, course_id)
);
