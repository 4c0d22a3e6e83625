-- pg_sequences shows a sequence's parameters
CREATE SEQUENCE s START 5 INCREMENT 2;
SELECT sequencename, data_type, start_value, increment_by, min_value, last_value FROM pg_sequences WHERE sequencename = 's';
SELECT nextval('s');
SELECT last_value FROM pg_sequences WHERE sequencename = 's';
