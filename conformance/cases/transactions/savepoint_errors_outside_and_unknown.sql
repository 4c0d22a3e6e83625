-- SAVEPOINT outside a transaction fails with 25P01, an unknown savepoint name with 3B001
SAVEPOINT nowhere;
BEGIN;
ROLLBACK TO SAVEPOINT missing;
ROLLBACK;
BEGIN;
RELEASE SAVEPOINT missing;
ROLLBACK;
SELECT 1 AS fine;
