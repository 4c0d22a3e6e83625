-- Debezium's connector validation reads the role through pg_roles and pg_has_role
SELECT rolname = current_user AS me, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication FROM pg_roles WHERE pg_has_role(current_user, oid, 'member') AND rolname = current_user;
