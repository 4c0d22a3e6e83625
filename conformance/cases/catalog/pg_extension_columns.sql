-- pg_extension lists plpgsql with its version
SELECT extname, extversion, extrelocatable FROM pg_extension;
