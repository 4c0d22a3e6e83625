-- boolean accepts t/true/yes/on/1 spellings and always prints t or f
SELECT 'true'::boolean AS a, 'yes'::boolean AS b, 'on'::boolean AS c, '1'::boolean AS d, 't'::boolean AS e;
SELECT 'false'::boolean AS a, 'no'::boolean AS b, 'off'::boolean AS c, '0'::boolean AS d, 'F'::boolean AS e;
SELECT ' TRUE '::boolean AS padded;
SELECT 'maybe'::boolean;
SELECT true AND NULL AS and_null, false AND NULL AS false_and_null, true OR NULL AS or_null, NOT NULL::boolean AS not_null;
