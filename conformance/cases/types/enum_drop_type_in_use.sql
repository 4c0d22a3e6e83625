-- a type used by a column cannot be dropped without CASCADE (2BP01)
CREATE TYPE shade AS ENUM ('light', 'dark');
CREATE TABLE t (s shade);
DROP TYPE shade;
DROP TABLE t;
DROP TYPE shade;
