-- strata:revision 1f0a5c3e9b21
-- strata:revises base
-- strata:message create customers

-- strata:upgrade
CREATE TABLE customers (
    id         INTEGER      NOT NULL,
    email      VARCHAR(255) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_customers PRIMARY KEY (id),
    CONSTRAINT uq_customers_email UNIQUE (email)
);

-- strata:downgrade
DROP TABLE customers;
