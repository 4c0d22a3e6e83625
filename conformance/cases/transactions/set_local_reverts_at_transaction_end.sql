-- SET LOCAL lasts until the end of the transaction, plain SET is undone by ROLLBACK, SET LOCAL outside a transaction only warns
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
SET LOCAL TimeZone = 'Asia/Tokyo';
SHOW TimeZone;
