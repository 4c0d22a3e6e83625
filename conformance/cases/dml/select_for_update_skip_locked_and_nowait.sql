-- row-locking clauses as a queue worker and zero-cache's CVR cleanup use them, from one session
CREATE SCHEMA "app_0/cvr";
CREATE TABLE "app_0/cvr".instances ("clientGroupID" text PRIMARY KEY, deleted bool NOT NULL, "lastActive" timestamptz NOT NULL);
INSERT INTO "app_0/cvr".instances VALUES ('a', false, '2024-01-01 00:00:00+00'), ('b', true, '2024-01-02 00:00:00+00'), ('c', false, '2024-01-03 00:00:00+00'), ('d', false, '2024-01-04 00:00:00+00');
BEGIN;
SELECT "clientGroupID" FROM "app_0/cvr".instances WHERE NOT "deleted" AND "lastActive" < '2024-01-04 00:00:00+00' ORDER BY "lastActive" ASC LIMIT 5 FOR UPDATE SKIP LOCKED;
UPDATE "app_0/cvr".instances SET deleted = true WHERE "clientGroupID" IN ('a', 'c');
SELECT "clientGroupID", deleted FROM "app_0/cvr".instances ORDER BY "clientGroupID" FOR UPDATE NOWAIT;
COMMIT;
SELECT i."clientGroupID" FROM "app_0/cvr".instances AS i WHERE i.deleted ORDER BY 1 FOR SHARE OF i;
SELECT "clientGroupID" FROM "app_0/cvr".instances ORDER BY 1 LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED;
SELECT "clientGroupID" FROM "app_0/cvr".instances ORDER BY 1 FOR KEY SHARE;
SELECT count(*) FROM "app_0/cvr".instances FOR UPDATE;
SELECT DISTINCT deleted FROM "app_0/cvr".instances FOR UPDATE;
SELECT "clientGroupID" FROM "app_0/cvr".instances FOR UPDATE OF nosuch;
