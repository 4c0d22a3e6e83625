-- current_setting of an unknown name with missing_ok gives NULL
SELECT current_setting('no.such_setting', true) IS NULL AS missing;
