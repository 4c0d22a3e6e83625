-- START, INCREMENT and MAXVALUE are honoured and exhaustion fails with 2200H
CREATE SEQUENCE s START WITH 5 INCREMENT BY 10 MAXVALUE 30;
SELECT nextval('s');
SELECT nextval('s');
SELECT nextval('s');
SELECT nextval('s');
CREATE SEQUENCE d INCREMENT BY -1 START 3 MINVALUE 1 MAXVALUE 3;
SELECT nextval('d'), nextval('d');
CREATE SEQUENCE c START 1 MAXVALUE 2 CYCLE;
SELECT nextval('c'), nextval('c'), nextval('c');
