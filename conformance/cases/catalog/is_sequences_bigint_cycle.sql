-- a bigserial sequence and a cycling sequence
CREATE TABLE t (id bigserial);
CREATE SEQUENCE c MAXVALUE 5 CYCLE;
SELECT sequence_name::text, data_type::text, numeric_precision::int, maximum_value::text, cycle_option::text FROM information_schema.sequences ORDER BY 1;
