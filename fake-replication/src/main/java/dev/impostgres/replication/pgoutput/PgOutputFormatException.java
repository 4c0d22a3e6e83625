package dev.impostgres.replication.pgoutput;

/** A pgoutput message that does not parse: truncated, an unknown type byte, or a bad field. */
public final class PgOutputFormatException extends RuntimeException {
    public PgOutputFormatException(String message) {
        super(message);
    }
}
