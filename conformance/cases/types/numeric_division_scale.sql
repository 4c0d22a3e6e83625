-- numeric division keeps at least 16 significant digits (select_div_scale)
SELECT 1::numeric / 3 AS third, 10::numeric / 4 AS quarter, 1.0 / 8 AS eighth, 100 / 3.0 AS big, 2 / 3.000000000000000000 AS wide;
