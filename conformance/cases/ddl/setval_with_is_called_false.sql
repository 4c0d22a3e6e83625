-- setval with is_called false makes the next nextval return that exact value
CREATE SEQUENCE s;
SELECT setval('s', 50, false);
SELECT nextval('s');
SELECT setval('s', 50, true);
SELECT nextval('s');
SELECT last_value, is_called FROM s;
