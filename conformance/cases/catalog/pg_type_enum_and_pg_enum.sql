-- CREATE TYPE AS ENUM adds a pg_type row and ordered pg_enum labels
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
SELECT typname, typtype FROM pg_type WHERE typname = 'mood';
SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'mood' ORDER BY e.enumsortorder;
