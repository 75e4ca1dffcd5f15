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
    UNIQUE KEY uq_payments_ref (ref),
    KEY ix_payments_paid_on (paid_on),
    CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- strata:downgrade
DROP TABLE payments;
