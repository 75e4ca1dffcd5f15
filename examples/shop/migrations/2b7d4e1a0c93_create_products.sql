-- strata:revision 2b7d4e1a0c93
-- strata:revises 1f0a5c3e9b21
-- strata:message create products

-- strata:upgrade
CREATE TABLE products (
    id          INTEGER      NOT NULL,
    sku         VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    price_cents INTEGER      NOT NULL,
    CONSTRAINT pk_products PRIMARY KEY (id),
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price_not_negative CHECK (price_cents >= 0)
);

-- strata:downgrade
DROP TABLE products;
