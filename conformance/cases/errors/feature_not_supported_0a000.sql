-- unsupported operations fail with 0A000
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (p int REFERENCES parent);
TRUNCATE parent;
SELECT count(*) FROM parent FOR UPDATE;
SELECT 1 AS ok;
