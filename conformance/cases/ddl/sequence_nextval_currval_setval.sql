-- nextval advances, currval repeats the last value, setval repositions the sequence
CREATE SEQUENCE s;
SELECT nextval('s');
SELECT nextval('s');
SELECT currval('s');
SELECT setval('s', 100);
SELECT nextval('s');
SELECT lastval();
