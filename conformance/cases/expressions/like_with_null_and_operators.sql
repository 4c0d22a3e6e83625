-- LIKE with NULL is NULL; ~~ and ~~* are LIKE and ILIKE
SELECT NULL LIKE 'a' AS n1, 'a' LIKE NULL AS n2, 'Abc' ~~ 'A%' AS op, 'Abc' ~~* 'a%' AS op_i, 'Abc' !~~ 'a%' AS not_op, 'Abc' !~~* 'a%' AS not_op_i;
