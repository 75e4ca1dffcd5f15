-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE TABLE payments (
    id       INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id INT NOT NULL REFERENCES orders (id)
) ENGINE=InnoDB;

-- strata:downgrade
DROP TABLE payments;
