-- the existence check migration tools run before CREATE TABLE
CREATE TABLE migrations (id int);
SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'migrations') AS present, EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'missing') AS absent;
