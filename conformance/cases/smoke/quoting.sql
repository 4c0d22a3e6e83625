-- The script splitter must not split inside any of these; the server must read them the same way.
SELECT $$a;b$$ AS dollar, $tag$it's; $$ fine$tag$ AS tagged;
SELECT E'it\'s;' AS escaped, 'don''t;' AS doubled;
SELECT 1 AS "semi;colon", 2 AS "Mixed""Case";
/* a block comment; with /* nesting; */ still comment */ SELECT 'after comment' AS c;
SELECT 'x' -- trailing comment; not a split
  AS trailing;
