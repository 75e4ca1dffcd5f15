CREATE TABLE order_lines (
    order_id   bigint NOT NULL,
    line_no    integer NOT NULL,
    product_id bigint NOT NULL,
    quantity   integer NOT NULL,
    price      numeric(10, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_product_idx ON order_lines (product_id);
