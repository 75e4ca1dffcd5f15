CREATE TABLE departments (
    id   INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE staff (
    id            INT NOT NULL PRIMARY KEY,
    department_id INT,
    manager_id    INT,
    CONSTRAINT staff_department_fk FOREIGN KEY (department_id) REFERENCES departments (id)
        ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT staff_manager_fk FOREIGN KEY (manager_id) REFERENCES staff (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
