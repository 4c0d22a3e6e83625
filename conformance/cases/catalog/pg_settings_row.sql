-- pg_settings reflects the session's settings
SET search_path = public;
SELECT name, setting FROM pg_settings WHERE name IN ('search_path', 'standard_conforming_strings') ORDER BY name;
