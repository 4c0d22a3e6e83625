package dev.impostgres.conformance.client;

import java.io.IOException;

/** The server did not finish answering before the deadline; the connection is unusable afterwards. */
public final class StatementTimeoutException extends IOException {

    public StatementTimeoutException(String message) {
        super(message);
    }
}
