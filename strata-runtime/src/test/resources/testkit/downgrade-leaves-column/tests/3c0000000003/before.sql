-- Rows as they are before 3c0000000003 moves customers to clients.
INSERT INTO customers (id, name, country, email) VALUES
    (1, 'Ada', 'DE', 'ada@example.com'),
    (2, 'Grace', 'FR', NULL),
    (3, 'Edsger', NULL, NULL);
