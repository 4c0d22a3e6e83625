-- ADD FOREIGN KEY checks existing rows (23503 with the key) and needs a unique key on the referenced columns
CREATE TABLE p (id int PRIMARY KEY, code text);
CREATE TABLE c (pid int, code text);
INSERT INTO p VALUES (1, 'a');
INSERT INTO c VALUES (1, 'a'), (2, 'b');
ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (pid) REFERENCES p (id);
ALTER TABLE c ADD FOREIGN KEY (code) REFERENCES p (code);
DELETE FROM c WHERE pid = 2;
ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE;
DELETE FROM p;
SELECT count(*) FROM c;
