-- creating an object whose name exists fails with 42P07 (relations), 42710 (types) or 42701 (columns)
CREATE TABLE t (id int);
CREATE TABLE t (id int);
CREATE INDEX t_idx ON t (id);
CREATE INDEX t_idx ON t (id);
CREATE SEQUENCE t;
CREATE TYPE e AS ENUM ('a');
CREATE TYPE e AS ENUM ('b');
ALTER TABLE t ADD COLUMN id int;
