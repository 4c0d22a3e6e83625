-- regexp_replace replaces the first match or all with 'g', regexp_matches and regexp_split_to_array extract parts
SELECT regexp_replace('foobarbaz', 'b..', 'X') AS first_only, regexp_replace('foobarbaz', 'b..', 'X', 'g') AS global, regexp_replace('Hello', 'l', 'L', 'g') AS chars;
SELECT regexp_replace('John Smith', '(\w+) (\w+)', '\2, \1') AS backrefs, regexp_replace('ABC', 'b', 'x', 'gi') AS case_insensitive;
SELECT regexp_matches('foobarbequebaz', '(bar)(beque)') AS groups;
SELECT regexp_split_to_array('a1b22c', '[0-9]+') AS parts, (regexp_match('key=value', '(\w+)=(\w+)'))[2] AS second_group;
SELECT m FROM regexp_split_to_table('x y  z', '\s+') AS m ORDER BY m;
