-- the extreme values of int2, int4 and int8 round-trip through text
SELECT '-32768'::smallint AS min2, '32767'::smallint AS max2;
SELECT '-2147483648'::integer AS min4, '2147483647'::integer AS max4;
SELECT '-9223372036854775808'::bigint AS min8, '9223372036854775807'::bigint AS max8;
SELECT '32768'::smallint;
SELECT '2147483648'::integer;
SELECT '9223372036854775808'::bigint;
