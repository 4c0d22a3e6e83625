-- information_schema.schemata lists the system schemas, public and created ones
CREATE SCHEMA app;
SELECT schema_name::text FROM information_schema.schemata ORDER BY 1;
