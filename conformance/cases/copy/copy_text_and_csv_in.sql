-- COPY FROM STDIN in text and CSV with the usual options; a bad row fails the COPY and inserts nothing
CREATE TABLE t (id int, name text, note varchar(10), ok bool);
COPY t FROM STDIN;
1	alpha	\N	t
2	tab\there	back\\slash	f
3	\x41\102	 	true
\.
COPY t (id, name) FROM STDIN WITH (FORMAT csv, HEADER);
id,name
4,"quoted, with comma"
5,"say ""hi"""
6,
7,""
\.
COPY t FROM STDIN WITH (FORMAT csv, DELIMITER ';', NULL 'NULL', QUOTE '''', FORCE_NOT_NULL (note), FORCE_NULL (name));
8;'';NULL;yes
9;NULL;'NULL';no
\.
COPY t FROM STDIN WITH (FORMAT csv, HEADER MATCH);
id,name,note,ok
10,match,,t
\.
COPY t FROM STDIN WITH (FORMAT csv, HEADER MATCH);
id,nom,note,ok
11,mismatch,,t
\.
COPY t FROM STDIN WITH (FORMAT csv, HEADER MATCH);
id,name,note
\.
COPY t FROM STDIN WITH (FORMAT csv, ENCODING 'UTF8', FREEZE false);
12,enc,,f
\.
SELECT * FROM t ORDER BY id;
-- bad rows: extra column, missing column, bad value, value too long; none of their rows stay
COPY t FROM STDIN;
20	a	b	t	extra
\.
COPY t FROM STDIN;
21	a
\.
COPY t FROM STDIN;
22	a	b	t
23	a	b	maybe
\.
COPY t FROM STDIN (FORMAT csv);
24,a,much too long for ten,t
\.
COPY t FROM STDIN (FORMAT csv);
25,"unterminated,x,t
\.
SELECT count(*) FROM t WHERE id >= 20;
