-- character set and domain columns are null for a plain int column
CREATE TABLE t (a int);
SELECT character_set_name IS NULL AS cs, domain_name IS NULL AS dom, interval_type IS NULL AS it, maximum_cardinality IS NULL AS mc FROM information_schema.columns WHERE table_name = 't';
