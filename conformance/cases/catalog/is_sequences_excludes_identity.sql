-- an identity column's sequence is not listed in information_schema.sequences
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);
CREATE SEQUENCE s;
SELECT sequence_name::text FROM information_schema.sequences;
