/** The differential harness: the same cases against real Postgres and Impostgres, compared statement by statement. */
package dev.impostgres.conformance;
