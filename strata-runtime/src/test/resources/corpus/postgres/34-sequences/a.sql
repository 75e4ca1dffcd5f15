CREATE SEQUENCE order_numbers START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE retired_numbers AS integer MAXVALUE 9999 CYCLE;

CREATE TABLE orders (
    id     bigint PRIMARY KEY DEFAULT nextval('order_numbers'),
    placed timestamptz NOT NULL DEFAULT now()
);
