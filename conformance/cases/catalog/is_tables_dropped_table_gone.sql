-- a dropped table leaves information_schema.tables
CREATE TABLE t (id int);
CREATE TABLE u (id int);
DROP TABLE t;
SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public';
