-- strata:revision r0001
-- strata:revises base
-- strata:message base schema

-- strata:upgrade
CREATE TABLE customers (
    id       INT NOT NULL AUTO_INCREMENT,
    email    VARCHAR(255) NOT NULL,
    name     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE TABLE orders (
    id          INT NOT NULL AUTO_INCREMENT,
    customer_id INT NOT NULL,
    status      VARCHAR(20) NOT NULL,
    note        VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT
) ENGINE=InnoDB;

-- strata:downgrade
DROP TABLE orders;
DROP TABLE customers;
