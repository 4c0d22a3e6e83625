package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 reading for input that reaches a text value (binary receive, COPY data): bad bytes are Postgres's
 * 22021 naming them, never silently replaced.
 */
public final class Utf8 {
    private Utf8() {}

    public static String decode(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            if (s.indexOf('\0') >= 0) throw invalid(bytes, offset + s.indexOf('\0'), offset + length);
            return s;
        } catch (CharacterCodingException e) {
            throw invalid(bytes, firstInvalid(bytes, offset, offset + length), offset + length);
        }
    }

    /** pg_verify_mbstr's report: the offending character's bytes (as many as its lead byte promises). */
    private static PgException invalid(byte[] bytes, int at, int end) {
        int lead = bytes[at] & 0xFF;
        int len = lead >= 0xF0 && lead <= 0xF7 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (lead >= 0xF8) len = 1;
        StringBuilder hex = new StringBuilder();
        for (int i = at; i < Math.min(end, at + len); i++) {
            if (hex.length() > 0) hex.append(' ');
            hex.append(String.format("0x%02x", bytes[i] & 0xFF));
        }
        return new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": " + hex);
    }

    private static int firstInvalid(byte[] bytes, int from, int end) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, end - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(end - from + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
