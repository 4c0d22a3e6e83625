package dev.impostgres.tracking.schema;

/** SQLSTATEs only DDL raises (errcodes.txt names), kept here so the shared SqlState list stays small. */
final class DdlStates {
    private DdlStates() {}

    static final String INVALID_TABLE_DEFINITION = "42P16";
    static final String DEPENDENT_OBJECTS_STILL_EXIST = "2BP01";
    static final String OBJECT_NOT_IN_PREREQUISITE_STATE = "55000";
    static final String SEQUENCE_GENERATOR_LIMIT_EXCEEDED = "2200H";
    static final String GENERATED_ALWAYS = "428C9";
    static final String DUPLICATE_SCHEMA = "42P06";
    static final String INVALID_FOREIGN_KEY = "42830";
}
