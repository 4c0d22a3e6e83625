-- tables on both ends of a foreign key have triggers, others do not
CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
CREATE TABLE c (id int);
SELECT relname, relhastriggers, relhasindex FROM pg_class WHERE relname IN ('a', 'b', 'c') ORDER BY relname;
