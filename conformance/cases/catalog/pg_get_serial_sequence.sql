-- pg_get_serial_sequence names a serial column's sequence
CREATE TABLE t (id serial, v int);
SELECT pg_get_serial_sequence('t', 'id') AS seq, pg_get_serial_sequence('t', 'v') AS none;
