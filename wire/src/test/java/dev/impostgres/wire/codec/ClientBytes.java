package dev.impostgres.wire.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Builds frontend bytes the way a client writes them, field by field, for decoder tests. */
final class ClientBytes {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    static ClientBytes body() {
        return new ClientBytes();
    }

    ClientBytes int8(int v) {
        body.write(v);
        return this;
    }

    ClientBytes int16(int v) {
        body.write(v >>> 8);
        body.write(v);
        return this;
    }

    ClientBytes int32(int v) {
        int16(v >>> 16);
        return int16(v);
    }

    /** String: UTF-8 | NUL. */
    ClientBytes cstring(String s) {
        return raw(s.getBytes(StandardCharsets.UTF_8)).int8(0);
    }

    ClientBytes raw(byte[] bytes) {
        body.writeBytes(bytes);
        return this;
    }

    ClientBytes hex(String hex) {
        return raw(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    byte[] toBytes() {
        return body.toByteArray();
    }

    /** Byte1 type | Int32 len | body. */
    byte[] typed(char type) {
        byte[] b = body.toByteArray();
        return new ClientBytes().int8(type).int32(b.length + 4).raw(b).body.toByteArray();
    }

    /** Int32 len | body (startup phase). */
    byte[] untyped() {
        byte[] b = body.toByteArray();
        return new ClientBytes().int32(b.length + 4).raw(b).body.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static byte[] startupMessage(int major, int minor, String... keyValues) {
        ClientBytes b = body().int32(major << 16 | minor);
        for (String s : keyValues) b.cstring(s);
        return b.int8(0).untyped();
    }

    static byte[] sslRequest() {
        return body().int32(80877103).untyped();
    }

    static byte[] gssEncRequest() {
        return body().int32(80877104).untyped();
    }

    static byte[] query(String sql) {
        return body().cstring(sql).typed('Q');
    }

    static byte[] sync() {
        return body().typed('S');
    }
}
