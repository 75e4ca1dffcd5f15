-- strata:revision 5e2c9d0b7a18
-- strata:revises 3c9e2f7b1d45 4d1b8a6e3f07
-- strata:message merge orders and loyalty

-- strata:upgrade

-- strata:downgrade
