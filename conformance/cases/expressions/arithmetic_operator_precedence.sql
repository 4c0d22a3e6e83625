-- arithmetic operators follow the usual precedence and unary minus binds tightly
SELECT 2 + 3 * 4 AS a, (2 + 3) * 4 AS b, 2 ^ 3 ^ 2 AS pow_left_assoc, -2 ^ 2 AS neg_pow, 10 - 4 - 3 AS sub;
SELECT 17 % 5 AS m, @ -5 AS abs_op, |/ 25.0 AS sqrt_op;
SELECT 1 - -1 AS minus_neg, - - 3 AS double_neg, 2 * -3 AS times_neg;
