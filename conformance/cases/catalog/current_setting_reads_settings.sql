-- current_setting reads a session setting, set_config changes it
SELECT current_setting('DateStyle') AS ds;
SELECT set_config('application_name', 'cat_test', false) AS result;
SELECT current_setting('application_name') AS app;
SHOW application_name;
