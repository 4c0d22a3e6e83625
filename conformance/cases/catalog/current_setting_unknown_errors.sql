-- current_setting of an unknown parameter fails
SELECT current_setting('no_such.setting_x');
