package dev.impostgres.translator.ddl;

/**
 * The options of CREATE/ALTER SEQUENCE and of an identity column; null fields were not given. {@code restart} is
 * true for a bare RESTART (to the start value), {@code restartWith} a value for RESTART WITH n.
 */
public record SequenceOptions(String asType, Long start, Long increment, Long minValue, Long maxValue, Long cache,
                              Boolean cycle, boolean restart, Long restartWith, String ownedBy) {
    public static final SequenceOptions NONE = new SequenceOptions(null, null, null, null, null, null, null, false,
            null, null);
}
