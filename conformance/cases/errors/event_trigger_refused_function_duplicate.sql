-- CREATE FUNCTION twice without OR REPLACE; a trigger on a missing function; a missing table
CREATE FUNCTION f_dup() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
CREATE FUNCTION f_dup() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
CREATE TABLE tt (id int);
CREATE TRIGGER tr BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION no_such_function();
CREATE TRIGGER tr BEFORE INSERT ON no_such_table FOR EACH ROW EXECUTE FUNCTION f_dup();
