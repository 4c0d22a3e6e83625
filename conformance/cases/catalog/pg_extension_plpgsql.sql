-- plpgsql is installed
SELECT extname FROM pg_extension WHERE extname = 'plpgsql';
