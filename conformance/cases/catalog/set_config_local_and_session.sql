-- set_config sets a setting and returns it; current_setting reads it back
SELECT set_config('application_name', 'cfg', false) AS set;
SELECT current_setting('application_name') AS now_set;
