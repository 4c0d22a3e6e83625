-- COPY … ENCODING converts between the client's bytes and the database: LATIN1 out writes one byte per accented
-- letter, LATIN1 in reads each byte as a letter
CREATE TABLE t (id int, name text);
INSERT INTO t VALUES (1, 'café'), (2, 'naïve');
COPY t TO STDOUT (ENCODING 'LATIN1');
COPY t TO STDOUT (FORMAT csv, ENCODING 'UTF8');
COPY t FROM STDIN (ENCODING 'latin1');
3	dÃ©jÃ 
\.
SELECT id, name, length(name) AS len FROM t ORDER BY id;
COPY t TO STDOUT (ENCODING 'win1252', FORMAT csv, HEADER);
