-- format_type prints SQL type names with modifiers
SELECT format_type(23, NULL) AS a, format_type(1043, 24) AS b, format_type(1700, 655366) AS c, format_type(1007, NULL) AS d, format_type(1184, NULL) AS e;
