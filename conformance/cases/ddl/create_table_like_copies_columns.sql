-- CREATE TABLE LIKE copies column names and types, INCLUDING DEFAULTS copies defaults
CREATE TABLE base (id int NOT NULL, name text DEFAULT 'n/a');
CREATE TABLE plain (LIKE base);
CREATE TABLE withdef (LIKE base INCLUDING DEFAULTS);
INSERT INTO plain (id) VALUES (1);
INSERT INTO withdef (id) VALUES (2);
SELECT id, name FROM plain;
SELECT id, name FROM withdef;
INSERT INTO plain (name) VALUES ('x');
