-- udt_catalog is the database and udt_schema pg_catalog for built-in types
CREATE TABLE t (a int, b text);
SELECT column_name::text, udt_catalog::text = current_database() AS same_db, udt_schema::text, dtd_identifier::text FROM information_schema.columns WHERE table_name = 't' ORDER BY 1;
