package dev.impostgres.wire.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.util.List;

/**
 * Writes {@link BackendMessage} records as protocol bytes: Byte1 type | Int32 len (counting itself) | body, except
 * {@code EncryptionRefused}, the bare byte 'N'. Each buffer is allocated at its exact final size
 * ({@link #encodedLength}), so a large DataRow is written without growing. Stateless, hence sharable.
 */
@ChannelHandler.Sharable
public final class PgBackendEncoder extends MessageToByteEncoder<BackendMessage> {

    public PgBackendEncoder() {
        super(BackendMessage.class);
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, BackendMessage msg, boolean preferDirect) {
        int size = encodedLength(msg);
        return preferDirect ? ctx.alloc().ioBuffer(size) : ctx.alloc().heapBuffer(size);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, BackendMessage msg, ByteBuf out) {
        write(msg, out);
    }

    /** Writes one message; public so tests and tools can produce golden bytes without a channel. */
    public static void write(BackendMessage msg, ByteBuf out) {
        if (msg instanceof BackendMessage.EncryptionRefused) {
            out.writeByte('N'); // no frame at all: the answer to SSLRequest / GSSENCRequest
            return;
        }
        int lengthAt = out.writerIndex() + 1;
        writeTypeAndBody(msg, out.writeByte(0).writeInt(0));
        out.setInt(lengthAt, out.writerIndex() - lengthAt);
    }

    // Java 17 has no pattern switch: an instanceof chain; the golden-bytes test covers every permitted subclass.
    private static void writeTypeAndBody(BackendMessage msg, ByteBuf out) {
        int typeAt = out.writerIndex() - 5;
        char type;
        if (msg instanceof BackendMessage.AuthenticationOk) {                   // 'R' | Int32 0
            type = 'R';
            out.writeInt(0);
        } else if (msg instanceof BackendMessage.AuthenticationCleartextPassword) { // 'R' | Int32 3
            type = 'R';
            out.writeInt(3);
        } else if (msg instanceof BackendMessage.AuthenticationMd5Password m) { // 'R' | Int32 5 | Byte4 salt
            if (m.salt().length != 4) throw new IllegalArgumentException("md5 salt must be 4 bytes");
            type = 'R';
            out.writeInt(5).writeBytes(m.salt());
        } else if (msg instanceof BackendMessage.AuthenticationSasl m) {        // 'R' | Int32 10 | String* | 0
            type = 'R';
            out.writeInt(10);
            for (String mechanism : m.mechanisms()) writeString(out, mechanism);
            out.writeByte(0);
        } else if (msg instanceof BackendMessage.AuthenticationSaslContinue m) { // 'R' | Int32 11 | Byten
            type = 'R';
            out.writeInt(11).writeBytes(m.data());
        } else if (msg instanceof BackendMessage.AuthenticationSaslFinal m) {   // 'R' | Int32 12 | Byten
            type = 'R';
            out.writeInt(12).writeBytes(m.data());
        } else if (msg instanceof BackendMessage.ParameterStatus m) {           // 'S' | String name | String value
            type = 'S';
            writeString(out, m.name());
            writeString(out, m.value());
        } else if (msg instanceof BackendMessage.BackendKeyData m) {            // 'K' | Int32 pid | Int32 key
            type = 'K';
            out.writeInt(m.processId()).writeInt(m.secretKey());
        } else if (msg instanceof BackendMessage.NegotiateProtocolVersion m) {  // 'v' | Int32 minor | Int32 n | String[n]
            type = 'v';
            out.writeInt(m.newestMinorVersion()).writeInt(m.unrecognizedOptions().size());
            for (String option : m.unrecognizedOptions()) writeString(out, option);
        } else if (msg instanceof BackendMessage.ReadyForQuery m) {             // 'Z' | Byte1 'I'|'T'|'E'
            type = 'Z';
            out.writeByte(m.transactionStatus());
        } else if (msg instanceof BackendMessage.RowDescription m) {
            type = 'T';
            writeRowDescription(m, out);
        } else if (msg instanceof BackendMessage.DataRow m) {
            type = 'D';
            writeDataRow(m, out);
        } else if (msg instanceof BackendMessage.CommandComplete m) {           // 'C' | String tag
            type = 'C';
            writeString(out, m.tag());
        } else if (msg instanceof BackendMessage.EmptyQueryResponse) {          // 'I'
            type = 'I';
        } else if (msg instanceof BackendMessage.ParseComplete) {               // '1'
            type = '1';
        } else if (msg instanceof BackendMessage.BindComplete) {                // '2'
            type = '2';
        } else if (msg instanceof BackendMessage.CloseComplete) {               // '3'
            type = '3';
        } else if (msg instanceof BackendMessage.NoData) {                      // 'n'
            type = 'n';
        } else if (msg instanceof BackendMessage.PortalSuspended) {             // 's'
            type = 's';
        } else if (msg instanceof BackendMessage.ParameterDescription m) {      // 't' | Int16 n | Int32 oid[n]
            type = 't';
            out.writeShort(m.parameterTypes().size());
            for (int oid : m.parameterTypes()) out.writeInt(oid);
        } else if (msg instanceof BackendMessage.ErrorResponse m) {
            type = 'E';
            writeFields(m.fields(), out);
        } else if (msg instanceof BackendMessage.NoticeResponse m) {
            type = 'N';
            writeFields(m.fields(), out);
        } else if (msg instanceof BackendMessage.CopyInResponse m) {
            type = 'G';
            writeCopyResponse(m.format(), m.columnFormats(), out);
        } else if (msg instanceof BackendMessage.CopyOutResponse m) {
            type = 'H';
            writeCopyResponse(m.format(), m.columnFormats(), out);
        } else if (msg instanceof BackendMessage.CopyBothResponse m) {
            type = 'W';
            writeCopyResponse(m.format(), m.columnFormats(), out);
        } else if (msg instanceof BackendMessage.CopyData m) {                  // 'd' | Byten
            type = 'd';
            out.writeBytes(m.data());
        } else if (msg instanceof BackendMessage.CopyDone) {                    // 'c'
            type = 'c';
        } else {
            throw new IllegalArgumentException("no encoding for " + msg.getClass().getSimpleName());
        }
        out.setByte(typeAt, type);
    }

    // Int16 n | (String name | Int32 tableOid | Int16 column | Int32 typeOid | Int16 typlen | Int32 typmod | Int16 format)[n]
    private static void writeRowDescription(BackendMessage.RowDescription m, ByteBuf out) {
        out.writeShort(m.fields().size());
        for (BackendMessage.RowDescription.Field f : m.fields()) {
            writeString(out, f.name());
            out.writeInt(f.tableOid()).writeShort(f.columnNumber()).writeInt(f.typeOid())
                    .writeShort(f.typeLength()).writeInt(f.typeModifier()).writeShort(f.format());
        }
    }

    // Int16 n | (Int32 len | Byten)[n]; NULL is len -1 with no bytes
    private static void writeDataRow(BackendMessage.DataRow m, ByteBuf out) {
        out.writeShort(m.values().size());
        for (byte[] value : m.values()) {
            if (value == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(value.length).writeBytes(value);
            }
        }
    }

    // (Byte1 code | String value)* | Byte1 0
    private static void writeFields(List<ErrorFields.Field> fields, ByteBuf out) {
        for (ErrorFields.Field f : fields) {
            out.writeByte(f.code());
            writeString(out, f.value());
        }
        out.writeByte(0);
    }

    // Int8 format | Int16 n | Int16 format[n]
    private static void writeCopyResponse(byte format, List<Short> columnFormats, ByteBuf out) {
        out.writeByte(format).writeShort(columnFormats.size());
        for (short f : columnFormats) out.writeShort(f);
    }

    // String: UTF-8 bytes | 0
    private static void writeString(ByteBuf out, String s) {
        out.writeCharSequence(s, java.nio.charset.StandardCharsets.UTF_8);
        out.writeByte(0);
    }

    /** The exact number of bytes {@link #write} produces for {@code msg}: type, length word and body. */
    public static int encodedLength(BackendMessage msg) {
        if (msg instanceof BackendMessage.EncryptionRefused) return 1;
        return 5 + bodyLength(msg);
    }

    private static int bodyLength(BackendMessage msg) {
        if (msg instanceof BackendMessage.AuthenticationMd5Password m) return 4 + m.salt().length;
        if (msg instanceof BackendMessage.AuthenticationSasl m) {
            return 4 + m.mechanisms().stream().mapToInt(PgBackendEncoder::stringLength).sum() + 1;
        }
        if (msg instanceof BackendMessage.AuthenticationSaslContinue m) return 4 + m.data().length;
        if (msg instanceof BackendMessage.AuthenticationSaslFinal m) return 4 + m.data().length;
        if (msg instanceof BackendMessage.AuthenticationOk
                || msg instanceof BackendMessage.AuthenticationCleartextPassword) return 4;
        if (msg instanceof BackendMessage.ParameterStatus m) return stringLength(m.name()) + stringLength(m.value());
        if (msg instanceof BackendMessage.BackendKeyData) return 8;
        if (msg instanceof BackendMessage.NegotiateProtocolVersion m) {
            return 8 + m.unrecognizedOptions().stream().mapToInt(PgBackendEncoder::stringLength).sum();
        }
        if (msg instanceof BackendMessage.ReadyForQuery) return 1;
        if (msg instanceof BackendMessage.RowDescription m) {
            int n = 2;
            for (BackendMessage.RowDescription.Field f : m.fields()) n += stringLength(f.name()) + 18;
            return n;
        }
        if (msg instanceof BackendMessage.DataRow m) {
            int n = 2;
            for (byte[] v : m.values()) n += 4 + (v == null ? 0 : v.length);
            return n;
        }
        if (msg instanceof BackendMessage.CommandComplete m) return stringLength(m.tag());
        if (msg instanceof BackendMessage.ParameterDescription m) return 2 + 4 * m.parameterTypes().size();
        if (msg instanceof BackendMessage.ErrorResponse m) return fieldsLength(m.fields()) + 1;
        if (msg instanceof BackendMessage.NoticeResponse m) return fieldsLength(m.fields()) + 1;
        if (msg instanceof BackendMessage.CopyInResponse m) return 3 + 2 * m.columnFormats().size();
        if (msg instanceof BackendMessage.CopyOutResponse m) return 3 + 2 * m.columnFormats().size();
        if (msg instanceof BackendMessage.CopyBothResponse m) return 3 + 2 * m.columnFormats().size();
        if (msg instanceof BackendMessage.CopyData m) return m.data().length;
        return 0; // EmptyQueryResponse, ParseComplete, BindComplete, CloseComplete, NoData, PortalSuspended, CopyDone
    }

    private static int fieldsLength(List<ErrorFields.Field> fields) {
        int n = 0;
        for (ErrorFields.Field f : fields) n += 1 + stringLength(f.value());
        return n;
    }

    private static int stringLength(String s) {
        return ByteBufUtil.utf8Bytes(s) + 1;
    }
}
