-- a relation outside the search path prints schema-qualified
CREATE SCHEMA s;
CREATE TABLE s.t (a int);
SELECT 's.t'::regclass::text AS name;
