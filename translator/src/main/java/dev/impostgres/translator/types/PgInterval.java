package dev.impostgres.translator.types;

/** An interval as Postgres stores it: months, days and microseconds, kept apart because their lengths vary. */
record PgInterval(int months, int days, long micros) {}
