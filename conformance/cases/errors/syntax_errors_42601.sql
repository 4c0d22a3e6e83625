-- malformed statements fail with 42601 and do not break the session
SELEC 1;
SELECT FROM WHERE;
SELECT 1 +;
INSERT INTO VALUES (1);
CREATE TABLE (id int);
SELECT (1;
SELECT 'fine' AS after_errors;
