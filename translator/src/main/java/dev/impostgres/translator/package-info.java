/** Postgres SQL in, SQLite SQL out: pure functions, no I/O. Splitting, classification, rewrite rules, the type registry. */
package dev.impostgres.translator;
