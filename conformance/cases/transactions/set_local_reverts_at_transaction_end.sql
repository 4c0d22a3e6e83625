-- SET LOCAL lasts until the end of the transaction, plain SET survives COMMIT but not ROLLBACK
SET TimeZone = 'UTC';
BEGIN;
SET LOCAL TimeZone = 'Asia/Tokyo';
SHOW TimeZone;
COMMIT;
SHOW TimeZone;
BEGIN;
SET TimeZone = 'Europe/Paris';
ROLLBACK;
SHOW TimeZone;
BEGIN;
SET TimeZone = 'Europe/Paris';
COMMIT;
SHOW TimeZone;
SET LOCAL TimeZone = 'Asia/Tokyo';
SHOW TimeZone;
