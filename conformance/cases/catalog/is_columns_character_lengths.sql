-- varchar(n) and char(n) report their length limits; text reports the octet maximum
CREATE TABLE t (a varchar(20), b char(5), c text, d varchar);
SELECT column_name::text, data_type::text, character_maximum_length::int, character_octet_length::int FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position;
