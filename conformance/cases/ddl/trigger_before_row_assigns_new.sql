-- A BEFORE INSERT OR UPDATE row trigger whose PL/pgSQL function assigns NEW columns (zero-cache's permissions hash)
CREATE TABLE perms (id int PRIMARY KEY, permissions jsonb, hash text, tag text);
CREATE OR REPLACE FUNCTION set_hash() RETURNS TRIGGER AS $$
BEGIN
    NEW.hash = md5(NEW.permissions::text);
    NEW.tag := 'h:' || left(NEW.hash, 6);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER on_set_hash BEFORE INSERT OR UPDATE ON perms FOR EACH ROW EXECUTE FUNCTION set_hash();
INSERT INTO perms (id, permissions) VALUES (1, NULL), (2, '{"b": 1, "a": [1, 2]}');
SELECT id, permissions, hash, tag FROM perms ORDER BY id;
UPDATE perms SET permissions = '{"x": true}' WHERE id = 1;
SELECT id, permissions, hash, tag FROM perms ORDER BY id;
DROP TRIGGER on_set_hash ON perms;
INSERT INTO perms (id, permissions) VALUES (3, '{}');
SELECT id, hash FROM perms WHERE id = 3;
DROP TRIGGER on_set_hash ON perms;
DROP TRIGGER IF EXISTS on_set_hash ON perms;
