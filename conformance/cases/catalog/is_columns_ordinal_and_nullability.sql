-- information_schema.columns: names, positions and nullability
CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, note text);
SELECT column_name::text, ordinal_position::int, is_nullable::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 't' ORDER BY ordinal_position;
