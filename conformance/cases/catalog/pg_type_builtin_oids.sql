-- built-in type OIDs are fixed
SELECT oid, typname FROM pg_type WHERE oid IN (16, 20, 23, 25, 1043, 3802) ORDER BY oid;
