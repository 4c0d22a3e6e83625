package dev.impostgres.wire.codec;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;

/**
 * A startup packet asking for a protocol major version other than 3 (FATAL 0A000, then close). A second SSLRequest
 * after the first was refused lands here too, as in Postgres ("unsupported frontend protocol 1234.5679: …").
 * Note: Postgres answers a 2.0 client with a protocol-2 style error (an 'E' and bare text); we send a v3
 * ErrorResponse, which no living client will see.
 */
public final class UnsupportedProtocolVersionException extends PgException {

    public UnsupportedProtocolVersionException(int major, int minor) {
        super("FATAL", SqlState.FEATURE_NOT_SUPPORTED, "unsupported frontend protocol " + major + "." + minor
                + ": server supports 3.0 to 3.0", null, null, 0, null);
    }
}
