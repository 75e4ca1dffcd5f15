CREATE TABLE enrolments (
    id         INT NOT NULL,
    student_id INT NOT NULL,
    course_id  INT NOT NULL,
    PRIMARY KEY (student_id, course_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE page_views (
    path      VARCHAR(190) NOT NULL,
    viewed_at DATETIME NOT NULL,
    PRIMARY KEY (path, viewed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
