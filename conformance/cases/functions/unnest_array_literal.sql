-- unnest expands an array into rows, WITH ORDINALITY numbers them
SELECT x FROM unnest(ARRAY['c', 'a', 'b']) AS x;
SELECT x, n FROM unnest(ARRAY[10, 20, 30]) WITH ORDINALITY AS u(x, n) ORDER BY n DESC;
