package dev.impostgres.wire.codec;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of one message body, named as in the protocol document ("Message Data Types"). Every
 * out-of-bounds read is a {@link ProtocolViolationException} with Postgres's pq_getmsg* wording, never an
 * IndexOutOfBoundsException. Package-private: nothing outside the codec touches a ByteBuf.
 */
final class PgMessageReader {

    private final ByteBuf body;

    PgMessageReader(ByteBuf body) {
        this.body = body;
    }

    // Byte1: one byte
    byte readByte1() {
        need(1);
        return body.readByte();
    }

    // Int16: two bytes, network order, signed
    short readInt16() {
        need(2);
        return body.readShort();
    }

    // Int32: four bytes, network order, signed
    int readInt32() {
        need(4);
        return body.readInt();
    }

    // Int16 count that must not be negative (Postgres reads it unsigned and then runs out of data)
    int readCount() {
        short n = readInt16();
        if (n < 0) throw ProtocolViolationException.insufficientDataLeftInMessage();
        return n;
    }

    // String: UTF-8 bytes | 0; the NUL must lie inside this message
    String readString() {
        int nul = body.indexOf(body.readerIndex(), body.writerIndex(), (byte) 0);
        if (nul < 0) throw ProtocolViolationException.invalidStringInMessage();
        int len = nul - body.readerIndex();
        String s = decodeUtf8(body, body.readerIndex(), len);
        body.skipBytes(len + 1);
        return s;
    }

    // Byten: n raw bytes, n ≥ 0 and not past the end of the message
    byte[] readBytes(int n) {
        if (n < 0) throw ProtocolViolationException.insufficientDataLeftInMessage();
        need(n);
        byte[] bytes = new byte[n];
        body.readBytes(bytes);
        return bytes;
    }

    // Byten: everything up to the end of the message
    byte[] readRest() {
        return readBytes(body.readableBytes());
    }

    /** The message must end here: trailing bytes are "invalid message format" (pq_getmsgend). */
    void expectEnd() {
        if (body.isReadable()) throw ProtocolViolationException.invalidMessageFormat();
    }

    private void need(int n) {
        if (body.readableBytes() < n) throw ProtocolViolationException.insufficientDataLeftInMessage();
    }

    /**
     * Strict UTF-8, as Postgres verifies client strings (pg_verify_mbstr): a bad sequence is an ERROR 22021 naming
     * the offending bytes, e.g. {@code invalid byte sequence for encoding "UTF8": 0xc3 0x28}. The message itself
     * was well framed, so the connection survives.
     */
    static String decodeUtf8(ByteBuf buf, int index, int len) {
        if (len == 0) return "";
        ByteBuffer bytes = buf.nioBufferCount() == 1 ? buf.nioBuffer(index, len)
                : ByteBuffer.wrap(ByteBufUtil.getBytes(buf, index, len));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = bytes.position();
        try {
            CharBuffer chars = decoder.decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            // the decoder leaves the position at the start of the malformed sequence
            throw invalidUtf8(buf, index + bytes.position() - start, index + len);
        }
    }

    // pg's report_invalid_encoding: the bytes of the sequence the lead byte announces, as far as they exist
    private static PgException invalidUtf8(ByteBuf buf, int at, int end) {
        int lead = buf.getByte(at) & 0xff;
        int seqLen = lead < 0x80 ? 1 : lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 && lead < 0xf0 ? 3
                : lead >= 0xc0 && lead < 0xe0 ? 2 : 1;
        StringBuilder hex = new StringBuilder();
        for (int i = at; i < Math.min(at + seqLen, end); i++) {
            if (hex.length() > 0) hex.append(' ');
            hex.append(String.format("0x%02x", buf.getByte(i) & 0xff));
        }
        return new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": " + hex);
    }
}
