package dev.impostgres.tracking;

/**
 * A notice the session raised while running a command (NoticeResponse on the wire), e.g. WARNING 25P01
 * "there is no transaction in progress" for a COMMIT outside a block. {@code severity} is "WARNING", "NOTICE", ….
 */
public record PgNotice(String severity, String sqlState, String message) {}
