-- :: binds tighter than unary minus and arithmetic
SELECT -1::int AS neg_cast, (-1)::text AS neg_text, 2 + 3::text::int AS chained, '5'::int * 2 AS mult;
SELECT -2147483648::int;
SELECT (-2147483648)::int AS parenthesized;
