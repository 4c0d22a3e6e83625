package dev.impostgres.wire.server;

import dev.impostgres.tracking.QueryResult;
import java.util.List;

/** A bound statement ready to execute; after its first Execute it holds the result and a cursor into it. */
final class Portal {
    final String name;
    final PreparedStatement prepared;
    final List<Object> parameters;
    final List<Short> resultFormats;
    QueryResult result;
    RowEncoder encoder;
    int cursor;

    Portal(String name, PreparedStatement prepared, List<Object> parameters, List<Short> resultFormats) {
        this.name = name;
        this.prepared = prepared;
        this.parameters = parameters;
        this.resultFormats = resultFormats;
    }
}
