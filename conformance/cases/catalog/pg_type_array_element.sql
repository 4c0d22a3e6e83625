-- an array type points at its element and back
SELECT t.typname, e.typname AS element FROM pg_type t JOIN pg_type e ON e.oid = t.typelem WHERE t.typname IN ('_int4', '_text') ORDER BY t.typname;
