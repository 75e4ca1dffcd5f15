-- strata:revision 7a4e1f2d9c3a
-- strata:revises 6f3d0e1c8b29
-- strata:message seed the catalog and backfill loyalty points

-- A data migration: rows in, rows out, and a backfill computed from existing data.

-- strata:upgrade
INSERT INTO products (id, sku, name, price_cents) VALUES
    (1, 'TEA-SENCHA', 'Sencha, 100 g', 850),
    (2, 'TEA-ASSAM', 'Assam, 250 g; strong', 1200),
    (3, 'POT-CLAY', 'Clay teapot ''Kyusu''', 4500);

UPDATE customers
   SET loyalty_points = (SELECT COALESCE(SUM(o.total_cents), 0) / 100
                           FROM orders o
                          WHERE o.customer_id = customers.id);

-- strata:downgrade
UPDATE customers SET loyalty_points = 0;
DELETE FROM products WHERE sku IN ('TEA-SENCHA', 'TEA-ASSAM', 'POT-CLAY');
