-- pg_logical_slot_peek_changes / get_changes (the text variants): pgoutput produces binary output, so both fail
-- after the plugin's startup checked the options (a bad option is reported first); the slot is left unchanged.
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLE t;
SELECT slot_name FROM pg_create_logical_replication_slot('sqltext_slot', 'pgoutput');
SELECT slot_name FROM pg_create_logical_replication_slot('sqltext_slot2', 'pgoutput');
INSERT INTO t VALUES (1, 'a');
SELECT * FROM pg_logical_slot_peek_changes('sqltext_slot', NULL, NULL, 'proto_version', '1', 'publication_names', 'pub');
SELECT * FROM pg_logical_slot_get_changes('sqltext_slot', NULL, NULL, 'proto_version', '1', 'publication_names', 'pub');
SELECT data FROM pg_logical_slot_get_changes('sqltext_slot', NULL, NULL);
SELECT * FROM pg_logical_slot_peek_changes('sqltext_slot', NULL, NULL, 'proto_version', '1');
SELECT * FROM pg_logical_slot_get_changes('sqltext_no_such_slot', NULL, NULL, 'proto_version', '1', 'publication_names', 'pub');
SELECT * FROM pg_logical_slot_peek_changes('sqltext_slot', NULL, -1, 'proto_version', '1', 'publication_names', 'pub');
SELECT count(*) FROM pg_logical_slot_get_binary_changes('sqltext_slot', NULL, NULL, 'proto_version', '1', 'publication_names', 'pub');
SELECT count(*) FROM pg_logical_slot_peek_binary_changes('sqltext_slot2', NULL, -1, 'proto_version', '1', 'publication_names', 'pub');
SELECT count(*) FROM pg_logical_slot_get_binary_changes('sqltext_slot2', NULL, -1, 'proto_version', '1', 'publication_names', 'pub');
SELECT count(*) FROM pg_logical_slot_peek_binary_changes('sqltext_slot2', NULL, NULL, 'proto_version', '1', 'publication_names', 'pub');
SELECT pg_drop_replication_slot('sqltext_slot');
SELECT pg_drop_replication_slot('sqltext_slot2');
