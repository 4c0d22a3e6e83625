-- information_schema.sequences: a serial's sequence and a created one
CREATE TABLE t (id serial);
CREATE SEQUENCE s START 10 INCREMENT 5;
SELECT sequence_name::text, data_type::text, numeric_precision::int, start_value::text, minimum_value::text, maximum_value::text, increment::text, cycle_option::text FROM information_schema.sequences ORDER BY 1;
