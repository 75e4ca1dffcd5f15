-- strata:revision r0002
-- strata:revises r0001
-- strata:message payments

-- strata:upgrade
CREATE TABLE payments (
    id       INT NOT NULL AUTO_INCREMENT,
    order_id INT NOT NULL,
    ref      VARCHAR(40) NOT NULL,
    paid_on  DATE NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY (ref),
    KEY (paid_on),
    FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- strata:downgrade
DROP TABLE payments;
