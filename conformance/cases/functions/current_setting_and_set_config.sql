-- current_setting reads and set_config writes configuration parameters
SELECT set_config('search_path', 'public', false) AS set_result;
SELECT current_setting('search_path') AS sp;
SET application_name = 'conf_case';
SELECT current_setting('application_name') AS app;
SELECT current_setting('no.such_setting', true) IS NULL AS missing_ok;
SELECT current_setting('no_such_setting');
SHOW DateStyle;
SHOW standard_conforming_strings;
