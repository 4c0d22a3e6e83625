-- FOR TABLES IN SCHEMA: tables of that schema stream, others do not; the Relation carries the schema name.
-- replication: publication=pub
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY, v text);
CREATE TABLE public.items (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLES IN SCHEMA app;
-- @capture
INSERT INTO app.items VALUES (1, 'in app');
INSERT INTO public.items VALUES (1, 'in public');
CREATE TABLE app.later (id int PRIMARY KEY);
INSERT INTO app.later VALUES (7);
