-- an enum may have no labels; a repeated label is rejected
CREATE TYPE nothing AS ENUM ();
CREATE TYPE twice AS ENUM ('a', 'b', 'a');
SELECT typname FROM pg_type WHERE typname IN ('nothing', 'twice') ORDER BY typname;
