-- the information_schema domain types are in pg_type
SELECT typname, typtype FROM pg_type WHERE typname IN ('sql_identifier', 'cardinal_number', 'yes_or_no') ORDER BY 1;
