-- version() starts with the product name
SELECT version() LIKE 'PostgreSQL %' AS pg;
