-- ON CONFLICT DO UPDATE can read the proposed row through EXCLUDED
CREATE TABLE counters (name text PRIMARY KEY, hits int NOT NULL);
INSERT INTO counters VALUES ('a', 1);
INSERT INTO counters VALUES ('a', 5), ('b', 2) ON CONFLICT (name) DO UPDATE SET hits = counters.hits + EXCLUDED.hits;
INSERT INTO counters AS c VALUES ('b', 10) ON CONFLICT (name) DO UPDATE SET hits = c.hits * EXCLUDED.hits RETURNING name, hits;
SELECT name, hits FROM counters ORDER BY name;
