package dev.impostgres.wire.codec;

import dev.impostgres.translator.error.PgException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage two: turns each {@link PgFrame} from {@link PgFrameDecoder} into a {@link FrontendMessage} record.
 * Errors are thrown as {@link ProtocolViolationException} / {@link UnsupportedProtocolVersionException} / a 22021
 * {@link PgException}; Netty hands them to {@code exceptionCaught} wrapped in a DecoderException — use
 * {@link #pgExceptionIn(Throwable)} to get them back. After a FATAL one, later frames are dropped.
 */
public final class PgFrontendDecoder extends MessageToMessageDecoder<PgFrame> {

    public static final int SSL_REQUEST_CODE = 80877103;    // 1234.5679
    public static final int GSSENC_REQUEST_CODE = 80877104; // 1234.5680
    public static final int CANCEL_REQUEST_CODE = 80877102; // 1234.5678
    public static final int PROTOCOL_MAJOR = 3;

    private boolean sslRequested;
    private boolean gssEncRequested;
    private boolean failed;

    public PgFrontendDecoder() {
        super(PgFrame.class);
    }

    /** The message types of protocol 3 a client may send; anything else is decoded as {@code Unknown}. */
    static boolean isKnownType(byte type) {
        return switch (type) {
            case 'Q', 'P', 'B', 'D', 'E', 'C', 'H', 'S', 'X', 'p', 'd', 'c', 'f', 'F' -> true;
            default -> false;
        };
    }

    /** The Postgres error behind an exception from this pipeline stage, or null if it is something else. */
    public static PgException pgExceptionIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PgException pg) return pg;
        }
        return null;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, PgFrame frame, List<Object> out) {
        if (failed) return;
        try {
            PgMessageReader r = new PgMessageReader(frame.content());
            out.add(frame.type() == PgFrame.STARTUP_PACKET ? startupPacket(frame.content(), r)
                    : typedMessage(frame.type(), r));
        } catch (UnsupportedProtocolVersionException e) {
            failed = true;
            throw e;
        } catch (PgException e) {
            if ("FATAL".equals(e.severity()) || frame.type() == PgFrame.STARTUP_PACKET) {
                failed = true;
                throw e;
            }
            out.add(new FrontendMessage.Malformed((char) frame.type(), e)); // reported in order; the session goes on
        }
    }

    // ---- startup phase: the frame body starts at the int32 code

    private FrontendMessage startupPacket(ByteBuf body, PgMessageReader r) {
        int code = r.readInt32();
        if (code == SSL_REQUEST_CODE && !sslRequested) {           // int32 8 | int32 80877103
            sslRequested = true;
            return new FrontendMessage.SslRequest();
        }
        if (code == GSSENC_REQUEST_CODE && !gssEncRequested) {     // int32 8 | int32 80877104
            gssEncRequested = true;
            return new FrontendMessage.GssEncRequest();
        }
        if (code == CANCEL_REQUEST_CODE) {                         // int32 16 | int32 80877102 | int32 pid | int32 key
            if (body.readableBytes() != 8) throw ProtocolViolationException.invalidCancelPacketLength();
            return new FrontendMessage.CancelRequest(r.readInt32(), r.readInt32());
        }
        int major = code >>> 16;
        int minor = code & 0xffff;
        if (major != PROTOCOL_MAJOR) throw new UnsupportedProtocolVersionException(major, minor);
        return new FrontendMessage.StartupMessage(major, minor, startupParameters(body));
    }

    // (String name | String value)* | Byte1 0 — parsed like Postgres's ProcessStartupPacket: the loop stops at an
    // empty name or a name with no value, and then the terminator must be the last byte.
    private static Map<String, String> startupParameters(ByteBuf body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int offset = body.readerIndex();
        int end = body.writerIndex();
        while (offset < end) {
            int nameEnd = body.indexOf(offset, end, (byte) 0);
            if (nameEnd == offset || nameEnd < 0) break;
            int valueOffset = nameEnd + 1;
            if (valueOffset >= end) break;
            int valueEnd = body.indexOf(valueOffset, end, (byte) 0);
            if (valueEnd < 0) break;
            parameters.put(body.toString(offset, nameEnd - offset, StandardCharsets.UTF_8),
                    body.toString(valueOffset, valueEnd - valueOffset, StandardCharsets.UTF_8));
            offset = valueEnd + 1;
        }
        if (offset != end - 1 || body.getByte(offset) != 0) {
            throw ProtocolViolationException.invalidStartupPacketLayout();
        }
        return Collections.unmodifiableMap(parameters);
    }

    // ---- typed phase: the frame body is everything after Byte1 type | int32 len

    private static FrontendMessage typedMessage(byte type, PgMessageReader r) {
        FrontendMessage m = switch (type) {
            case 'Q' -> new FrontendMessage.Query(r.readString());                 // String query
            case 'P' -> parse(r);
            case 'B' -> bind(r);
            case 'D' -> new FrontendMessage.Describe((char) (r.readByte1() & 0xff), r.readString()); // Byte1 'S'|'P' | String name
            case 'E' -> new FrontendMessage.Execute(r.readString(), r.readInt32()); // String portal | Int32 maxRows
            case 'C' -> new FrontendMessage.Close((char) (r.readByte1() & 0xff), r.readString());    // Byte1 'S'|'P' | String name
            case 'H' -> new FrontendMessage.Flush();                                // (empty)
            case 'S' -> new FrontendMessage.Sync();                                 // (empty)
            case 'X' -> new FrontendMessage.Terminate();                            // (empty)
            case 'p' -> new FrontendMessage.PasswordMessage(r.readRest());          // Byten, meaning depends on auth
            case 'd' -> new FrontendMessage.CopyData(r.readRest());                 // Byten
            case 'c' -> new FrontendMessage.CopyDone();                             // (empty)
            case 'f' -> new FrontendMessage.CopyFail(r.readString());               // String message
            case 'F' -> {                                                           // legacy fastpath: not read
                r.readRest();
                yield new FrontendMessage.FunctionCall();
            }
            default -> new FrontendMessage.Unknown((char) (type & 0xff));           // body was never read
        };
        r.expectEnd();
        return m;
    }

    // String name | String query | Int16 n | Int32 typeOid[n]
    private static FrontendMessage.Parse parse(PgMessageReader r) {
        String name = r.readString();
        String sql = r.readString();
        int n = r.readCount();
        List<Integer> types = new ArrayList<>(n);
        for (int i = 0; i < n; i++) types.add(r.readInt32());
        return new FrontendMessage.Parse(name, sql, Collections.unmodifiableList(types));
    }

    // String portal | String statement | Int16 nfmt | Int16 fmt[nfmt] | Int16 nparam | (Int32 len | Byten)[nparam]
    // | Int16 nres | Int16 resfmt[nres]; len -1 is NULL
    private static FrontendMessage.Bind bind(PgMessageReader r) {
        String portal = r.readString();
        String statement = r.readString();
        List<Short> formats = readInt16Array(r);
        int n = r.readCount();
        List<byte[]> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int len = r.readInt32();
            values.add(len == -1 ? null : r.readBytes(len));
        }
        List<Short> resultFormats = readInt16Array(r);
        return new FrontendMessage.Bind(portal, statement, formats, Collections.unmodifiableList(values),
                resultFormats);
    }

    // Int16 n | Int16[n]
    private static List<Short> readInt16Array(PgMessageReader r) {
        int n = r.readCount();
        List<Short> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(r.readInt16());
        return Collections.unmodifiableList(list);
    }
}
