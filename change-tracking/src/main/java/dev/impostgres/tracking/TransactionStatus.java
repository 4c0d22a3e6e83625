package dev.impostgres.tracking;

/** The transaction status ReadyForQuery reports. */
public enum TransactionStatus {
    IDLE('I'), IN_TRANSACTION('T'), FAILED('E');

    private final char indicator;

    TransactionStatus(char indicator) { this.indicator = indicator; }

    public char indicator() { return indicator; }
}
