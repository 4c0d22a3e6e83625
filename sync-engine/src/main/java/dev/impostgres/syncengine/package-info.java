/** Running real sync engines on Impostgres: the impostgres zero launcher and its end-to-end tests. Filled by the Zero issue; nothing here yet. */
package dev.impostgres.syncengine;
