package dev.impostgres.wire.replication;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.Locale;

/** The startup packet's {@code replication} parameter: a normal backend, a physical walsender or a logical one. */
public enum ReplicationMode {
    NONE, PHYSICAL, LOGICAL;

    /** As Postgres reads it: {@code database}, or a boolean spelled as parse_bool accepts; anything else is FATAL 22023. */
    public static ReplicationMode of(String value) {
        if (value == null) return NONE;
        if (value.equals("database")) return LOGICAL;
        String v = value.toLowerCase(Locale.ROOT);
        if (!v.isEmpty()) {
            if ("true".startsWith(v) || "yes".startsWith(v) || v.equals("1") || v.equals("on")) return PHYSICAL;
            if ("false".startsWith(v) || "no".startsWith(v) || v.equals("0") || (v.length() >= 2 && "off".startsWith(v))) return NONE;
        }
        throw new PgException("FATAL", SqlState.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"replication\": \"" + value + "\"", null,
                "Valid values are: \"false\", 0, \"true\", 1, \"database\".", 0, null);
    }
}
