-- pg_publication_tables (Postgres 15+): published tables with their columns, for table lists, schemas and ALL TABLES
CREATE SCHEMA "app/x";
CREATE TABLE "app/x".items (id int PRIMARY KEY, "Name" text, "a b" int);
CREATE TABLE plain (k text PRIMARY KEY, v jsonb);
CREATE PUBLICATION p_list FOR TABLE plain;
CREATE PUBLICATION p_schema FOR TABLES IN SCHEMA "app/x";
CREATE PUBLICATION p_all FOR ALL TABLES;
SELECT pubname, schemaname, tablename, attnames, rowfilter FROM pg_publication_tables WHERE pubname LIKE 'p\_%' ORDER BY pubname, schemaname, tablename;
SELECT tablename FROM pg_publication_tables pb WHERE pb.pubname = 'p_schema' AND 'Name' = ANY(pb.attnames);
