-- volatility classes of now(), random() and lower(text)
SELECT proname, provolatile FROM pg_proc WHERE oid IN (1299, 1598, 870) ORDER BY oid;
