package dev.impostgres.wire.codec;

import java.util.List;
import java.util.Map;

/**
 * Messages a client sends, as decoded by {@link PgFrontendDecoder}. Business code sees only these records, never a
 * ByteBuf. Layouts follow the protocol document ("Message Formats").
 */
public sealed interface FrontendMessage {

    // ---- startup phase: untyped packets, int32 len | int32 code | …

    /** int32 8 | int32 80877103. Answered with a single 'N'. */
    record SslRequest() implements FrontendMessage {}

    /** int32 8 | int32 80877104. Answered with a single 'N'. */
    record GssEncRequest() implements FrontendMessage {}

    /** int32 16 | int32 80877102 | int32 pid | int32 secret. */
    record CancelRequest(int processId, int secretKey) implements FrontendMessage {}

    /**
     * int32 len | int32 version (major<<16 | minor) | (str name | str value)* | byte 0.
     * {@code parameters} holds every pair in packet order, including protocol options ({@code _pq_.*}); use
     * {@link #sessionParameters()} for the ones that are settings (user, database, GUCs) and
     * {@link #protocolOptions()} for the names to list in NegotiateProtocolVersion.
     */
    record StartupMessage(int majorVersion, int minorVersion, Map<String, String> parameters)
            implements FrontendMessage {

        /** Options reserved for protocol extensions; Postgres lists the ones it does not know in NegotiateProtocolVersion. */
        public static final String PROTOCOL_OPTION_PREFIX = "_pq_.";

        /** Names of the {@code _pq_.}-prefixed options, in packet order. */
        public List<String> protocolOptions() {
            return parameters.keySet().stream().filter(k -> k.startsWith(PROTOCOL_OPTION_PREFIX)).toList();
        }

        /** The parameters without the protocol options, in packet order. */
        public Map<String, String> sessionParameters() {
            Map<String, String> settings = new java.util.LinkedHashMap<>();
            parameters.forEach((k, v) -> {
                if (!k.startsWith(PROTOCOL_OPTION_PREFIX)) settings.put(k, v);
            });
            return java.util.Collections.unmodifiableMap(settings);
        }

        /** Whether the server must send NegotiateProtocolVersion (minor version above 0 or any protocol option). */
        public boolean needsProtocolNegotiation() {
            return minorVersion > 0 || !protocolOptions().isEmpty();
        }
    }

    // ---- typed messages: Byte1 type | int32 len | body

    /** 'p' | int32 len | bytes — PasswordMessage, SASLInitialResponse or SASLResponse; the auth state decides which. */
    record PasswordMessage(byte[] payload) implements FrontendMessage {}

    /** 'Q' | int32 len | str query. */
    record Query(String sql) implements FrontendMessage {}

    /** 'P' | int32 len | str name | str query | int16 n | int32 typeOid[n]. */
    record Parse(String name, String sql, List<Integer> parameterTypes) implements FrontendMessage {}

    /**
     * 'B' | int32 len | str portal | str statement | int16 nfmt | int16 fmt[nfmt] | int16 nparam |
     * (int32 len | bytes)[nparam] (len -1 = NULL) | int16 nres | int16 resfmt[nres].
     * A null entry in {@code parameters} is SQL NULL.
     */
    record Bind(String portal, String statement, List<Short> parameterFormats, List<byte[]> parameters,
                List<Short> resultFormats) implements FrontendMessage {}

    /** 'D' | int32 len | byte1 'S'|'P' | str name. */
    record Describe(char kind, String name) implements FrontendMessage {}

    /** 'E' | int32 len | str portal | int32 maxRows (0 = all). */
    record Execute(String portal, int maxRows) implements FrontendMessage {}

    /** 'C' | int32 len | byte1 'S'|'P' | str name. */
    record Close(char kind, String name) implements FrontendMessage {}

    /** 'H' | int32 4. */
    record Flush() implements FrontendMessage {}

    /** 'S' | int32 4. */
    record Sync() implements FrontendMessage {}

    /** 'X' | int32 4. */
    record Terminate() implements FrontendMessage {}

    /** 'd' | int32 len | bytes. */
    record CopyData(byte[] data) implements FrontendMessage {}

    /** 'c' | int32 4. */
    record CopyDone() implements FrontendMessage {}

    /** 'f' | int32 len | str message. */
    record CopyFail(String message) implements FrontendMessage {}

    /** 'F' | int32 len | … — the legacy fastpath FunctionCall; we answer it with 0A000. */
    record FunctionCall() implements FrontendMessage {}

    /**
     * A well-framed message whose body is malformed (string without NUL, data past the end, bad UTF-8). Postgres
     * reports these as an ERROR and the connection lives on, so the decoder hands them on in order.
     */
    record Malformed(char type, dev.impostgres.translator.error.PgException error) implements FrontendMessage {}

    /** Any other type byte: a protocol violation (08P01). */
    record Unknown(char type) implements FrontendMessage {}
}
