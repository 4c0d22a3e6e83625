-- version() starts with PostgreSQL and the major version
SELECT substring(version() from 1 for 13) AS v;
