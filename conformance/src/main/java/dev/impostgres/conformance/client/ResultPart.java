package dev.impostgres.conformance.client;

import java.util.List;

/** What one statement of a simple Query produced, as the backend said it. */
public sealed interface ResultPart {

    /** One RowDescription field, reduced to what a client can observe and rely on. */
    record Column(String name, int typeOid, int typmod) {}

    /** RowDescription, DataRows (text format; null for SQL NULL), then CommandComplete. */
    record Rows(List<Column> columns, List<List<String>> rows, String commandTag) implements ResultPart {}

    /** CommandComplete without rows (DDL, DML without RETURNING, SET, …). */
    record Command(String commandTag) implements ResultPart {}

    /** ErrorResponse: SQLSTATE (field C) and primary message (field M). */
    record Error(String sqlState, String message) implements ResultPart {}

    /** EmptyQueryResponse. */
    record EmptyQuery() implements ResultPart {}
}
