-- a jsonb column stores documents normalized and compares them structurally
CREATE TABLE docs (id int, body jsonb);
INSERT INTO docs VALUES (1, '{"name":"ann","tags":["a","b"],"age":30}'), (2, '[]'), (3, 'null'), (4, NULL);
SELECT id, body FROM docs ORDER BY id;
SELECT id FROM docs WHERE body = '{"age": 30, "tags": ["a", "b"], "name": "ann"}' ORDER BY id;
SELECT id, jsonb_typeof(body) AS kind FROM docs ORDER BY id;
