package dev.impostgres.wire.codec;

import java.util.List;

/** Messages the server sends, encoded by {@link PgBackendEncoder}. */
public sealed interface BackendMessage {

    /** A single byte 'N' (no frame): the answer to SSLRequest and GSSENCRequest. */
    record EncryptionRefused() implements BackendMessage {}

    /** 'R' | int32 8 | int32 0. */
    record AuthenticationOk() implements BackendMessage {}

    /** 'R' | int32 8 | int32 3. */
    record AuthenticationCleartextPassword() implements BackendMessage {}

    /** 'R' | int32 12 | int32 5 | byte4 salt. */
    record AuthenticationMd5Password(byte[] salt) implements BackendMessage {}

    /** 'R' | int32 len | int32 10 | (str mechanism)* | byte 0. */
    record AuthenticationSasl(List<String> mechanisms) implements BackendMessage {}

    /** 'R' | int32 len | int32 11 | bytes server-first-message. */
    record AuthenticationSaslContinue(byte[] data) implements BackendMessage {}

    /** 'R' | int32 len | int32 12 | bytes server-final-message. */
    record AuthenticationSaslFinal(byte[] data) implements BackendMessage {}

    /** 'S' | int32 len | str name | str value. */
    record ParameterStatus(String name, String value) implements BackendMessage {}

    /** 'K' | int32 12 | int32 pid | int32 secret. */
    record BackendKeyData(int processId, int secretKey) implements BackendMessage {}

    /** 'v' | int32 len | int32 newestMinor | int32 n | str option[n]. */
    record NegotiateProtocolVersion(int newestMinorVersion, List<String> unrecognizedOptions)
            implements BackendMessage {}

    /** 'Z' | int32 5 | byte1 'I'|'T'|'E'. */
    record ReadyForQuery(char transactionStatus) implements BackendMessage {}

    /**
     * 'T' | int32 len | int16 n | (str name | int32 tableOid | int16 column | int32 typeOid | int16 typlen |
     * int32 typmod | int16 format)[n].
     */
    record RowDescription(List<Field> fields) implements BackendMessage {
        public record Field(String name, int tableOid, short columnNumber, int typeOid, short typeLength,
                            int typeModifier, short format) {}
    }

    /** 'D' | int32 len | int16 n | (int32 len | bytes)[n]; a null entry is SQL NULL (len -1). */
    record DataRow(List<byte[]> values) implements BackendMessage {}

    /** 'C' | int32 len | str tag. */
    record CommandComplete(String tag) implements BackendMessage {}

    /** 'I' | int32 4. */
    record EmptyQueryResponse() implements BackendMessage {}

    /** '1' | int32 4. */
    record ParseComplete() implements BackendMessage {}

    /** '2' | int32 4. */
    record BindComplete() implements BackendMessage {}

    /** '3' | int32 4. */
    record CloseComplete() implements BackendMessage {}

    /** 'n' | int32 4. */
    record NoData() implements BackendMessage {}

    /** 's' | int32 4. */
    record PortalSuspended() implements BackendMessage {}

    /** 't' | int32 len | int16 n | int32 typeOid[n]. */
    record ParameterDescription(List<Integer> parameterTypes) implements BackendMessage {}

    /**
     * 'E' (error) or 'N' (notice) | int32 len | (byte1 code | str value)* | byte 0. Build with {@link ErrorFields}.
     * {@code fields} keeps the order fields are written in.
     */
    record ErrorResponse(List<ErrorFields.Field> fields) implements BackendMessage {}

    record NoticeResponse(List<ErrorFields.Field> fields) implements BackendMessage {}

    /** 'G' / 'H' / 'W' | int32 len | int8 format | int16 n | int16 columnFormat[n]. */
    record CopyInResponse(byte format, List<Short> columnFormats) implements BackendMessage {}

    record CopyOutResponse(byte format, List<Short> columnFormats) implements BackendMessage {}

    record CopyBothResponse(byte format, List<Short> columnFormats) implements BackendMessage {}

    /** 'd' | int32 len | bytes. */
    record CopyData(byte[] data) implements BackendMessage {}

    /** 'c' | int32 4. */
    record CopyDone() implements BackendMessage {}
}
