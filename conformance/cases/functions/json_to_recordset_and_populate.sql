-- json_to_recordset and jsonb_to_record map JSON objects onto typed columns
SELECT * FROM json_to_recordset('[{"a": 1, "b": "foo"}, {"a": "2", "c": "bar"}]') AS x(a int, b text) ORDER BY a;
SELECT * FROM jsonb_to_record('{"a": 1, "b": [1, 2], "c": "2024-01-02", "d": {"x": 1}}') AS x(a int, b int[], c date, d jsonb);
CREATE TABLE t (id int, name text);
SELECT * FROM jsonb_populate_record(NULL::t, '{"id": 7, "name": "ann", "extra": 1}');
SELECT * FROM jsonb_populate_recordset(NULL::t, '[{"id": 1}, {"id": 2, "name": "b"}]') ORDER BY id;
