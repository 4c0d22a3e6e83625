package dev.impostgres.translator.error;

/** SQLSTATE codes we raise, named as in Postgres's errcodes.txt. */
public final class SqlState {
    private SqlState() {}

    public static final String SUCCESSFUL_COMPLETION = "00000";
    public static final String WARNING = "01000";
    public static final String CONNECTION_EXCEPTION = "08000";
    public static final String PROTOCOL_VIOLATION = "08P01";
    public static final String FEATURE_NOT_SUPPORTED = "0A000";
    public static final String INVALID_PARAMETER_VALUE = "22023";
    public static final String INVALID_TEXT_REPRESENTATION = "22P02";
    public static final String BAD_COPY_FILE_FORMAT = "22P04";
    public static final String INVALID_BINARY_REPRESENTATION = "22P03";
    public static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
    public static final String DIVISION_BY_ZERO = "22012";
    public static final String INVALID_DATETIME_FORMAT = "22007";
    public static final String DATETIME_FIELD_OVERFLOW = "22008";
    public static final String STRING_DATA_RIGHT_TRUNCATION = "22001";
    public static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    public static final String UNTRANSLATABLE_CHARACTER = "22P05";
    public static final String INTEGRITY_CONSTRAINT_VIOLATION = "23000";
    public static final String NOT_NULL_VIOLATION = "23502";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String CHECK_VIOLATION = "23514";
    public static final String INVALID_TRANSACTION_STATE = "25000";
    public static final String ACTIVE_SQL_TRANSACTION = "25001";
    public static final String NO_ACTIVE_SQL_TRANSACTION = "25P01";
    public static final String IN_FAILED_SQL_TRANSACTION = "25P02";
    public static final String READ_ONLY_SQL_TRANSACTION = "25006";
    public static final String INVALID_AUTHORIZATION_SPECIFICATION = "28000";
    public static final String INVALID_PASSWORD = "28P01";
    public static final String INVALID_CATALOG_NAME = "3D000";
    public static final String INVALID_CURSOR_NAME = "34000";
    public static final String INVALID_SQL_STATEMENT_NAME = "26000";
    public static final String INVALID_SAVEPOINT_SPECIFICATION = "3B001";
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String DEADLOCK_DETECTED = "40P01";
    public static final String SYNTAX_ERROR = "42601";
    public static final String INSUFFICIENT_PRIVILEGE = "42501";
    public static final String UNDEFINED_COLUMN = "42703";
    public static final String UNDEFINED_FUNCTION = "42883";
    public static final String UNDEFINED_TABLE = "42P01";
    public static final String UNDEFINED_OBJECT = "42704";
    public static final String DUPLICATE_DATABASE = "42P04";
    public static final String DUPLICATE_TABLE = "42P07";
    public static final String DUPLICATE_OBJECT = "42710";
    public static final String DUPLICATE_COLUMN = "42701";
    public static final String DUPLICATE_PREPARED_STATEMENT = "42P05";
    public static final String DUPLICATE_CURSOR = "42P03";
    public static final String AMBIGUOUS_COLUMN = "42702";
    public static final String DATATYPE_MISMATCH = "42804";
    public static final String INDETERMINATE_DATATYPE = "42P18";
    public static final String WRONG_OBJECT_TYPE = "42809";
    public static final String UNDEFINED_PARAMETER = "42P02";
    public static final String INVALID_SCHEMA_NAME = "3F000";
    public static final String OBJECT_IN_USE = "55006";
    public static final String LOCK_NOT_AVAILABLE = "55P03";
    public static final String QUERY_CANCELED = "57014";
    public static final String ADMIN_SHUTDOWN = "57P01";
    public static final String INSUFFICIENT_RESOURCES = "53000";
    public static final String TOO_MANY_CONNECTIONS = "53300";
    public static final String PROGRAM_LIMIT_EXCEEDED = "54000";
    public static final String UNDEFINED_SETTING = "42704";
    public static final String CANT_CHANGE_RUNTIME_PARAM = "55P02";
    public static final String INTERNAL_ERROR = "XX000";
}
