-- DROP TYPE of a missing type, with and without IF EXISTS
DROP TYPE missing_type;
DROP TYPE IF EXISTS missing_type;
CREATE TYPE used AS ENUM ('x');
CREATE TABLE t (u used);
DROP TYPE used;
