-- ordinary columns are never generated and are updatable
CREATE TABLE t (a int);
SELECT is_generated::text, generation_expression::text, is_updatable::text, is_self_referencing::text FROM information_schema.columns WHERE table_name = 't';
