-- the superuser has USAGE and CREATE on public
SELECT has_schema_privilege('public', 'USAGE') AS u, has_schema_privilege('public', 'CREATE') AS c;
