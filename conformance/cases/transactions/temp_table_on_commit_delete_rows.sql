-- ON COMMIT DELETE ROWS empties a temporary table at each commit, ON COMMIT DROP removes it
CREATE TEMP TABLE scratch (v int) ON COMMIT DELETE ROWS;
BEGIN;
INSERT INTO scratch VALUES (1);
SELECT count(*) FROM scratch;
COMMIT;
SELECT count(*) FROM scratch;
BEGIN;
CREATE TEMP TABLE gone (v int) ON COMMIT DROP;
INSERT INTO gone VALUES (1);
COMMIT;
SELECT count(*) FROM gone;
