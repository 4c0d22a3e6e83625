package dev.impostgres.tracking.schema;

import dev.impostgres.tracking.PgNotice;
import java.util.function.Consumer;

/** What a DDL runner works with: the catalog on the session's connection and where NOTICEs go. */
record DdlContext(Catalog catalog, Consumer<PgNotice> notices) {
    void notice(String sqlState, String message) {
        notices.accept(new PgNotice("NOTICE", sqlState, message));
    }
}
