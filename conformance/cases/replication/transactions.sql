-- Transaction boundaries: a rolled-back transaction emits nothing, a multi-statement one is one Begin/Commit,
-- TRUNCATE is its own message.
-- replication: publication=pub_all
CREATE TABLE events (id bigserial PRIMARY KEY, kind text NOT NULL, at date);
CREATE PUBLICATION pub_all FOR ALL TABLES;
-- @capture
BEGIN;
INSERT INTO events (kind) VALUES ('lost');
ROLLBACK;
BEGIN;
INSERT INTO events (kind, at) VALUES ('first', '2024-01-02');
INSERT INTO events (kind) VALUES ('second');
UPDATE events SET kind = 'second!' WHERE kind = 'second';
COMMIT;
TRUNCATE events RESTART IDENTITY;
