-- SIMILAR TO matches the whole string, ~ and ~* search for a POSIX pattern anywhere
SELECT 'abc' SIMILAR TO 'abc' AS exact, 'abc' SIMILAR TO 'a' AS partial, 'abc' SIMILAR TO '%(b|d)%' AS alt, 'abc' SIMILAR TO '(a|b)%' AS prefix;
SELECT 'thomas' ~ '.*thom.*' AS m1, 'thomas' ~ 'Thom' AS case_sens, 'thomas' ~* 'THOM' AS ci, 'thomas' !~ '^x' AS no_match, 'abc123' ~ '^[a-z]+[0-9]{3}$' AS classes;
SELECT 'x' ~ '(';
