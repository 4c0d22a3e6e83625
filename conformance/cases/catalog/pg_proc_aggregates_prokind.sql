-- aggregates have prokind a
SELECT proname, prokind FROM pg_proc WHERE proname IN ('count', 'sum', 'string_agg') GROUP BY proname, prokind ORDER BY 1;
