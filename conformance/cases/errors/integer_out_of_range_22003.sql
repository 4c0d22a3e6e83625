-- integer and bigint overflow in arithmetic
SELECT 2147483647 * 2;
SELECT (-9223372036854775807 - 1) - 1;
SELECT 46341 * 46341;
SELECT 46340 * 46340 AS fits;
