package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;

/** The errors the value codecs raise, worded exactly as Postgres words them. */
final class Errors {
    private Errors() {}

    static PgException invalidSyntax(String sqlTypeName, String input) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + sqlTypeName + ": \"" + input + "\"");
    }

    static PgException outOfRange(String sqlTypeName, String input) {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                "value \"" + input + "\" is out of range for type " + sqlTypeName);
    }

    static PgException invalidDatetime(String sqlTypeName, String input) {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + sqlTypeName + ": \"" + input + "\"");
    }

    static PgException fieldOutOfRange(String input) {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                "date/time field value out of range: \"" + input + "\"");
    }

    /** pq_getmsgbytes's error: Postgres raises it as 08P01 for a short binary value (Bind or COPY alike). */
    static PgException insufficientData() {
        return new PgException(SqlState.PROTOCOL_VIOLATION, "insufficient data left in message");
    }

    static PgException badBinary() {
        return new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
    }

    static PgException unsupported(String what, PgType type) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                what + " for type " + type.name() + " (OID " + type.oid() + ") is not supported");
    }
}
