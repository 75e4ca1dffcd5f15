-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE TABLE payments (
    id       INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id INT NOT NULL,
    CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- strata:downgrade
DROP TABLE payments;
