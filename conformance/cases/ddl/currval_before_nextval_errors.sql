-- currval before any nextval in the session fails with 55000
CREATE SEQUENCE s;
SELECT currval('s');
SELECT nextval('s');
SELECT currval('s');
SELECT nextval('missing_seq');
