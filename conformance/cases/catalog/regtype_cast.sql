-- type names cast to regtype print the canonical name
SELECT 'int4'::regtype::text AS a, 'varchar'::regtype::text AS b, 'timestamptz'::regtype::text AS c;
