-- integer arithmetic that leaves the type's range fails with 22003
SELECT 2147483647 + 1;
SELECT -2147483648 - 1;
SELECT 1073741824 * 2;
SELECT 9223372036854775807 + 1;
SELECT 2147483647::bigint + 1 AS widened;
