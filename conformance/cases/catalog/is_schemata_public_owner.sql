-- public is owned by pg_database_owner; catalog_name is the database
SELECT schema_owner::text, catalog_name::text = current_database() AS here FROM information_schema.schemata WHERE schema_name = 'public';
