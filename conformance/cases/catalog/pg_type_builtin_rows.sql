-- built-in types with their length, type and category
SELECT typname, typlen, typtype, typcategory FROM pg_type WHERE typname IN ('int4', 'text', 'bool', 'float8', 'timestamptz', 'numeric') ORDER BY typname;
