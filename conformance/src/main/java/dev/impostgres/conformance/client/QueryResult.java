package dev.impostgres.conformance.client;

import java.util.List;

/**
 * Everything a simple Query message produced up to ReadyForQuery.
 *
 * @param transactionStatus the ReadyForQuery status byte: 'I' idle, 'T' in a transaction, 'E' failed transaction
 * @param notices           NoticeResponses as "SQLSTATE message" (kept for diagnosis, not compared)
 */
public record QueryResult(List<ResultPart> parts, char transactionStatus, List<String> notices) {

    public QueryResult {
        parts = List.copyOf(parts);
        notices = List.copyOf(notices);
    }
}
