-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders ADD COLUMN shipping_address_line_two_for_the_apartment_or_suite_number_here text;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN shipping_address_line_two_for_the_apartment_or_suite_number_here;
