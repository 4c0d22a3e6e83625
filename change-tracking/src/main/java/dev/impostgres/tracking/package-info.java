/** Owns the SQLite files: one per Postgres database; sessions, transactions, the single-writer discipline, and (later) the change log. */
package dev.impostgres.tracking;
