-- INSERT … SELECT … ON CONFLICT DO UPDATE, the source a json_to_recordset with quoted column names (a batch upsert)
CREATE TABLE kv ("Key" text PRIMARY KEY, "val" int8 NOT NULL, note text);
INSERT INTO kv ("Key", "val", note) SELECT "Key", "val", note FROM json_to_recordset('[{"Key": "a", "val": 1, "note": "x"}, {"Key": "b", "val": 2}]') AS x("Key" TEXT, "val" INT8, note TEXT) ON CONFLICT ("Key") DO UPDATE SET "val" = excluded."val";
INSERT INTO kv ("Key", "val") SELECT "Key", "val" FROM json_to_recordset('[{"Key": "a", "val": 10}, {"Key": "c", "val": 3}]') AS x("Key" TEXT, "val" INT8) ON CONFLICT ("Key") DO UPDATE SET "val" = excluded."val" + kv."val" RETURNING "Key", "val";
INSERT INTO kv SELECT 'b', 99, 'ignored' ON CONFLICT DO NOTHING;
INSERT INTO kv SELECT k.k, 5, NULL FROM (SELECT 'd' AS k) k JOIN (SELECT 'd' AS k) j ON j.k = k.k ON CONFLICT ("Key") DO NOTHING;
SELECT * FROM kv ORDER BY "Key";
