-- integer arithmetic that leaves the type's range fails with 22003
SELECT 2147483647 + 1;
SELECT 2147483647::bigint + 1 AS widened;
SELECT 32767::smallint + 1::smallint;
SELECT 9223372036854775807 + 1;
SELECT (-2147483648)::int * -1;
SELECT 1 AS ok_afterwards;
