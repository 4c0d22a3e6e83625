/** The Postgres frontend/backend protocol server and the composition root. */
package dev.impostgres.wire;
