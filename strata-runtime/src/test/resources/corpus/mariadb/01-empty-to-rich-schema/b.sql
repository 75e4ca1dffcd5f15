-- A small shop with one of nearly every kind of object MariaDB has.
CREATE TABLE customers (
    id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    email      VARCHAR(190) NOT NULL,
    name       VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '',
    country    CHAR(2) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'FR',
    tier       ENUM('free', 'pro', 'enterprise') NOT NULL DEFAULT 'free',
    settings   JSON,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY customers_email_key (email),
    KEY customers_country_created_idx (country, created_at DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='People who buy things';

CREATE TABLE products (
    id          INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku         VARCHAR(32) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT,
    price       DECIMAL(10, 2) NOT NULL,
    vat_rate    DECIMAL(4, 3) NOT NULL DEFAULT 0.200,
    price_gross DECIMAL(12, 2) AS (price * (1 + vat_rate)) PERSISTENT,
    sku_prefix  VARCHAR(4) AS (LEFT(sku, 4)) VIRTUAL,
    stock       INT NOT NULL DEFAULT 0,
    CONSTRAINT products_sku_key UNIQUE (sku),
    CONSTRAINT products_price_check CHECK (price >= 0),
    CONSTRAINT products_stock_check CHECK (stock >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE FULLTEXT INDEX products_text_idx ON products (title, description);
CREATE INDEX products_sku_prefix_idx ON products (sku_prefix);

CREATE TABLE orders (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT UNSIGNED NOT NULL,
    status      ENUM('pending', 'paid', 'shipped', 'cancelled') NOT NULL DEFAULT 'pending',
    total       DECIMAL(12, 2) NOT NULL DEFAULT 0.00 COMMENT 'Sum of the lines, tax included',
    placed_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    note        VARCHAR(500),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
        ON DELETE RESTRICT ON UPDATE CASCADE,
    KEY orders_status_idx (status, placed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_lines (
    order_id   BIGINT UNSIGNED NOT NULL,
    line_no    SMALLINT UNSIGNED NOT NULL,
    product_id INT,
    quantity   INT NOT NULL,
    unit_price DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT order_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE SET NULL,
    CONSTRAINT order_lines_quantity_check CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW paid_orders AS
    SELECT o.id, o.customer_id, o.total FROM orders o WHERE o.status = 'paid';
