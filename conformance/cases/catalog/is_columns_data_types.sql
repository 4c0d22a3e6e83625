-- information_schema.columns data_type and udt_name for common types
CREATE TABLE t (a smallint, b integer, c bigint, d real, e double precision, f numeric, g text, h boolean, i date, j timestamp, k timestamptz, l bytea, m uuid, n jsonb, o json, p interval, q time);
SELECT column_name::text, data_type::text, udt_name::text FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position;
