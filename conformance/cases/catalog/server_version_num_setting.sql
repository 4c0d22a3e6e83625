-- current_setting('server_version_num') is Postgres 17's
SELECT current_setting('server_version_num')::int / 10000 AS major;
