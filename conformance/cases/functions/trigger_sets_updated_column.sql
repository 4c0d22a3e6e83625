-- a BEFORE UPDATE row trigger can modify NEW before it is stored
CREATE TABLE t (id int, v text, version int DEFAULT 1);
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$;
CREATE TRIGGER t_bump BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION bump();
INSERT INTO t (id, v) VALUES (1, 'a');
UPDATE t SET v = 'b';
UPDATE t SET v = 'c';
SELECT id, v, version FROM t;
