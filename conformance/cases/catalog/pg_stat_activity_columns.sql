-- pg_stat_activity's column list
SELECT * FROM pg_stat_activity WHERE false;
