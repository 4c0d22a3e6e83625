package dev.impostgres.wire.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deliberately dumb protocol client for tests that need to send exact bytes (malformed frames, pipelines) and see
 * every message the server answers with. Messages come back as "type:summary" strings.
 */
final class RawClient implements AutoCloseable {
    private final Socket socket;
    private final DataOutputStream out;
    private final DataInputStream in;

    RawClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        out = new DataOutputStream(socket.getOutputStream());
        in = new DataInputStream(socket.getInputStream());
    }

    /** StartupMessage 3.0 with user/database, then reads up to ReadyForQuery. */
    List<String> startup(String user, String database) throws IOException {
        return startup(196608, Map.of("user", user, "database", database));
    }

    /** A StartupMessage with the given protocol version word and parameters. */
    List<String> startup(int version, Map<String, String> parameters) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        b.writeInt(version);
        for (var e : parameters.entrySet()) {
            cstr(b, e.getKey());
            cstr(b, e.getValue());
        }
        b.writeByte(0);
        out.writeInt(body.size() + 4);
        out.write(body.toByteArray());
        out.flush();
        return readUntilReady();
    }

    void raw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void message(char type, byte[] body) throws IOException {
        out.writeByte(type);
        out.writeInt(body.length + 4);
        out.write(body);
        out.flush();
    }

    void query(String sql) throws IOException {
        message('Q', cstrBytes(sql));
    }

    void parse(String name, String sql, int... types) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        cstr(b, name);
        cstr(b, sql);
        b.writeShort(types.length);
        for (int t : types) b.writeInt(t);
        message('P', body.toByteArray());
    }

    /** Bind with text parameters (null = SQL NULL) and all-text results. */
    void bind(String portal, String statement, String... params) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        cstr(b, portal);
        cstr(b, statement);
        b.writeShort(0);
        b.writeShort(params.length);
        for (String p : params) {
            if (p == null) {
                b.writeInt(-1);
            } else {
                byte[] v = p.getBytes(StandardCharsets.UTF_8);
                b.writeInt(v.length);
                b.write(v);
            }
        }
        b.writeShort(0);
        message('B', body.toByteArray());
    }

    void describe(char kind, String name) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(kind);
        body.write(cstrBytes(name));
        message('D', body.toByteArray());
    }

    void execute(String portal, int maxRows) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        cstr(b, portal);
        b.writeInt(maxRows);
        message('E', body.toByteArray());
    }

    void sync() throws IOException {
        message('S', new byte[0]);
    }

    /** Reads messages until ReadyForQuery (included) or until the server closes the connection. */
    List<String> readUntilReady() throws IOException {
        List<String> seen = new ArrayList<>();
        while (true) {
            String m = read();
            if (m == null) return seen;
            seen.add(m);
            if (m.startsWith("Z:")) return seen;
        }
    }

    /** One raw byte (the answer to SSLRequest is a single unframed byte). */
    int readByte() throws IOException {
        return in.readUnsignedByte();
    }

    /** One message as "type:summary", or null at end of stream. */
    String read() throws IOException {
        int type;
        try {
            type = in.readUnsignedByte();
        } catch (EOFException e) {
            return null;
        }
        int len = in.readInt();
        byte[] body = in.readNBytes(len - 4);
        return (char) type + ":" + summarize((char) type, body);
    }

    private static String summarize(char type, byte[] body) {
        return switch (type) {
            case 'E', 'N' -> fields(body);
            case 'C' -> new String(body, 0, body.length - 1, StandardCharsets.UTF_8);
            case 'Z' -> String.valueOf((char) body[0]);
            case 'D' -> dataRow(body);
            default -> Integer.toString(body.length);
        };
    }

    private static String fields(byte[] body) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < body.length && body[i] != 0) {
            char code = (char) body[i++];
            int start = i;
            while (body[i] != 0) i++;
            String value = new String(body, start, i - start, StandardCharsets.UTF_8);
            i++;
            if (code == 'S' || code == 'C' || code == 'M') sb.append(code).append('=').append(value).append(' ');
        }
        return sb.toString().trim();
    }

    private static String dataRow(byte[] body) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(body);
        int n = buf.getShort();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int len = buf.getInt();
            if (len < 0) {
                values.add("NULL");
            } else {
                byte[] v = new byte[len];
                buf.get(v);
                values.add(new String(v, StandardCharsets.UTF_8));
            }
        }
        return String.join(",", values);
    }

    static byte[] cstrBytes(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    private static void cstr(DataOutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.writeByte(0);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
