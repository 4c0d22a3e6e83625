-- a held advisory lock shows in pg_locks with its key split into classid and objid
SELECT pg_try_advisory_lock(42) AS got;
SELECT pg_try_advisory_lock(7, 9) AS got2;
SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() ORDER BY objsubid;
SELECT pg_advisory_unlock(42) AS released;
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid();
