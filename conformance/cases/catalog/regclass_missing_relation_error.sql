-- casting an unknown name to regclass fails with 42P01
SELECT 'no_such_table'::regclass;
