/**
 * Running real sync engines on Impostgres: {@code impostgres zero} (zero-cache from npm with its upstream, CVR and
 * change databases all on one Impostgres) and the command line that adds it to the server's own.
 */
package dev.impostgres.syncengine;
