-- generate_series and unnest return sets
SELECT DISTINCT proname, proretset FROM pg_proc WHERE proname IN ('generate_series', 'unnest', 'upper') ORDER BY 1;
