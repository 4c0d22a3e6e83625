-- array columns are data_type ARRAY with the array type as udt_name
CREATE TABLE t (a int[], b text[]);
SELECT column_name::text, data_type::text, udt_name::text FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position;
