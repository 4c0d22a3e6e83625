-- nested ARRAY brackets make a two-dimensional array
SELECT ARRAY[[1, 2], [3, 4]] AS m, ARRAY[['a'], ['b']] AS t;
