-- referencing a missing table fails with 42P01 for SELECT, INSERT, UPDATE and DELETE
SELECT * FROM missing;
INSERT INTO missing VALUES (1);
UPDATE missing SET a = 1;
DELETE FROM missing;
SELECT * FROM public.missing;
SELECT 'ok' AS status;
