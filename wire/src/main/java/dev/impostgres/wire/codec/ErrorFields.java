package dev.impostgres.wire.codec;

import dev.impostgres.translator.error.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one builder for ErrorResponse and NoticeResponse: it requires severity, SQLSTATE and message and always
 * writes S, V, C, M (then D, H, P when present), as Postgres does.
 */
public final class ErrorFields {

    /** One field: the protocol's code byte ('S', 'V', 'C', 'M', 'D', 'H', 'P', …) and its value. */
    public record Field(char code, String value) {}

    private ErrorFields() {}

    public static BackendMessage.ErrorResponse error(PgException e) {
        return new BackendMessage.ErrorResponse(fields(e.severity(), e.sqlState(), e.getMessage(), e.detail(),
                e.hint(), e.position()));
    }

    public static BackendMessage.ErrorResponse error(String sqlState, String message) {
        return new BackendMessage.ErrorResponse(fields("ERROR", sqlState, message, null, null, 0));
    }

    public static BackendMessage.ErrorResponse fatal(String sqlState, String message) {
        return new BackendMessage.ErrorResponse(fields("FATAL", sqlState, message, null, null, 0));
    }

    public static BackendMessage.NoticeResponse notice(String severity, String sqlState, String message) {
        return new BackendMessage.NoticeResponse(fields(severity, sqlState, message, null, null, 0));
    }

    public static List<Field> fields(String severity, String sqlState, String message, String detail, String hint,
                                     int position) {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sqlState, "sqlState");
        List<Field> fields = new ArrayList<>(7);
        fields.add(new Field('S', severity));
        fields.add(new Field('V', severity));
        fields.add(new Field('C', sqlState));
        fields.add(new Field('M', message == null ? "" : message));
        if (detail != null) fields.add(new Field('D', detail));
        if (hint != null) fields.add(new Field('H', hint));
        if (position > 0) fields.add(new Field('P', Integer.toString(position)));
        return List.copyOf(fields);
    }
}
