-- string_agg joins non-NULL values with a separator in the requested order
CREATE TABLE t (grp int, v text);
INSERT INTO t VALUES (1, 'b'), (1, 'a'), (1, NULL), (2, 'z');
SELECT grp, string_agg(v, ', ' ORDER BY v) AS joined FROM t GROUP BY grp ORDER BY grp;
SELECT string_agg(v, '' ORDER BY v DESC) AS all_desc, string_agg(DISTINCT v, '-' ORDER BY v) AS distinct_vals FROM t;
SELECT string_agg(v, ',') AS none FROM t WHERE false;
