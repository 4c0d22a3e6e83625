package dev.impostgres.replication.slot;

import dev.impostgres.translator.error.PgException;

/** ReplicationSlotValidateName: 1–63 characters of {@code [a-z0-9_]}, with Postgres's codes and messages. */
public final class SlotNames {
    /** NAMEDATALEN - 1. */
    static final int MAX_LENGTH = 63;

    private SlotNames() {}

    public static void validate(String name) {
        if (name.isEmpty()) {
            throw PgException.of("42602", "replication slot name \"%s\" is too short", name);
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw PgException.of("42622", "replication slot name \"%s\" is too long", name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                throw PgException.of("42602", "replication slot name \"%s\" contains invalid character", name)
                        .withHint("Replication slot names may only contain lower case letters, numbers, and the underscore character.");
            }
        }
    }
}
