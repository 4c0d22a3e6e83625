-- sequences and indexes are not tables in information_schema.tables
CREATE TABLE t (id serial PRIMARY KEY);
CREATE SEQUENCE s;
SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1;
