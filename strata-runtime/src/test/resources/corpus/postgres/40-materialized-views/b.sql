CREATE TABLE sales (
    id      bigint PRIMARY KEY,
    region  text NOT NULL,
    sold_on date NOT NULL,
    amount  numeric(12, 2) NOT NULL
);

CREATE MATERIALIZED VIEW sales_by_region AS
    SELECT region, count(*) AS orders, sum(amount) AS total FROM sales GROUP BY region;

CREATE MATERIALIZED VIEW daily_sales AS
    SELECT sold_on, sum(amount) AS total FROM sales GROUP BY sold_on
    WITH NO DATA;
COMMENT ON MATERIALIZED VIEW daily_sales IS 'Refreshed nightly';
