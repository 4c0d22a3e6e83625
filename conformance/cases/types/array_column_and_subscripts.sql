-- array columns support 1-based subscripts, slices and out-of-range NULL
CREATE TABLE t (id int, tags text[], m int[][]);
INSERT INTO t VALUES (1, '{a,b,c}', '{{1,2},{3,4}}');
SELECT tags[1] AS first, tags[3] AS third, tags[4] AS missing, tags[2:3] AS slice, m[2][1] AS cell FROM t;
UPDATE t SET tags[2] = 'B';
SELECT tags FROM t;
SELECT array_dims(m) AS dims, array_ndims(m) AS ndims, cardinality(m) AS card FROM t;
