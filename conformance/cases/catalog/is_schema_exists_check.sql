-- the existence check migration tools run before CREATE SCHEMA
CREATE SCHEMA audit;
SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = 'audit') AS audit, EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = 'nope') AS nope;
