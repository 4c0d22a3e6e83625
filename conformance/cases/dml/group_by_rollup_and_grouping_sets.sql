-- ROLLUP and GROUPING SETS add subtotal rows
CREATE TABLE s (region text, product text, qty int);
INSERT INTO s VALUES ('e', 'p', 1), ('e', 'q', 2), ('w', 'p', 4);
SELECT region, product, sum(qty) FROM s GROUP BY ROLLUP (region, product) ORDER BY region NULLS LAST, product NULLS LAST;
SELECT region, product, sum(qty), grouping(region, product) AS g FROM s GROUP BY GROUPING SETS ((region), (product)) ORDER BY g, region, product;
