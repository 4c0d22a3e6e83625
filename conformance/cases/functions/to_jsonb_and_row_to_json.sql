-- to_jsonb and row_to_json turn scalars, arrays and rows into JSON
SELECT to_jsonb('text'::text) AS s, to_jsonb(42) AS i, to_jsonb(1.50) AS n, to_jsonb(true) AS b, to_jsonb(ARRAY['a', NULL]) AS arr, to_jsonb(NULL::text) AS null_in;
SELECT to_json('a"b'::text) AS escaped, to_jsonb(timestamp '2024-01-02 03:04:05.5') AS ts, to_jsonb(date '2024-01-02') AS d;
CREATE TABLE t (id int, name text, tags text[]);
INSERT INTO t VALUES (1, 'ann', '{x,y}');
SELECT to_jsonb(t) AS as_jsonb, row_to_json(t) AS as_json FROM t;
