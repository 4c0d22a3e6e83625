-- pg_settings rows clients read: name, setting and unit
SELECT name, setting FROM pg_settings WHERE name IN ('server_version_num', 'max_identifier_length', 'integer_datetimes', 'server_encoding') ORDER BY name;
