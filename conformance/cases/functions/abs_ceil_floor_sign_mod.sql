-- abs, ceil, floor, sign and mod, including negative operands
SELECT abs(-17) AS a, abs(-17.4) AS an, ceil(-42.8) AS c, ceiling(42.2) AS c2, floor(-42.8) AS f, floor(42.8::float8) AS ff;
SELECT sign(-8.4) AS s, sign(0) AS s0, mod(9, 4) AS m, mod(-9, 4) AS mneg, mod(9.5, 4) AS mnum, div(9, 4) AS d, div(-9, 4) AS dneg;
SELECT mod(1, 0);
