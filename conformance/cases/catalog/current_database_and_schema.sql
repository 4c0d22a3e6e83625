-- current_schema and current_schemas
SELECT current_schema, current_schema() AS s, current_schemas(false) AS without_implicit;
