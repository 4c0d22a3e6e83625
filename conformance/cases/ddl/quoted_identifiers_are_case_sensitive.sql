-- unquoted identifiers fold to lower case, quoted ones keep their case
CREATE TABLE Mixed (Id int, "CamelCol" text);
INSERT INTO mixed VALUES (1, 'x');
SELECT ID, "CamelCol" FROM MIXED;
SELECT camelcol FROM mixed;
CREATE TABLE "Mixed" (v int);
INSERT INTO "Mixed" VALUES (2);
SELECT v FROM "Mixed";
