-- information_schema.tables lists the user's tables as BASE TABLE and views as VIEW
CREATE TABLE b (x int);
CREATE TABLE a (y int);
CREATE VIEW v AS SELECT x FROM b;
SELECT table_catalog::text, table_schema::text, table_name::text, table_type::text, is_typed::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name;
