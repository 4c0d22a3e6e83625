-- uuid accepts upper case, braces and no hyphens, and always prints lower-case canonical form
SELECT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid AS upper_in;
SELECT '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid AS braces, 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid AS no_hyphens;
SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid AS equal;
SELECT 'not-a-uuid'::uuid;
CREATE TABLE t (id uuid PRIMARY KEY);
INSERT INTO t VALUES ('00000000-0000-0000-0000-000000000002'), ('00000000-0000-0000-0000-000000000001');
SELECT id FROM t ORDER BY id;
