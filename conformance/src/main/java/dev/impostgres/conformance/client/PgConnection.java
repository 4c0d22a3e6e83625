package dev.impostgres.conformance.client;

import dev.impostgres.conformance.script.CopyInlineData;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately small Postgres protocol 3.0 client over a plain socket: startup, trust/cleartext/md5/SCRAM-SHA-256
 * authentication and the simple Query protocol, reporting exactly what the backend said (command tags, row
 * descriptions, text rows, SQLSTATEs, ReadyForQuery status) — which pgjdbc hides. Every read has a deadline, so a
 * misbehaving server yields a {@link StatementTimeoutException}, never a hang.
 *
 * <pre>
 * client                         server
 *   StartupMessage  ------------>
 *                   <------------  Authentication* , ParameterStatus*, BackendKeyData, ReadyForQuery
 *   Query           ------------>
 *                   <------------  (RowDescription DataRow* | ErrorResponse | …) CommandComplete … ReadyForQuery
 * </pre>
 */
public final class PgConnection implements AutoCloseable {

    private static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Map<String, String> parameters = new HashMap<>();

    private PgConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** Connects and authenticates; {@code extraParameters} go into the StartupMessage (e.g. replication=database). */
    public static PgConnection connect(PgEndpoint endpoint, Map<String, String> extraParameters, Duration timeout)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), (int) timeout.toMillis());
            PgConnection connection = new PgConnection(socket);
            connection.startup(endpoint, extraParameters, timeout);
            return connection;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    // StartupMessage: int32 len | int32 196608 | (str name | str value)* | byte 0
    private void startup(PgEndpoint endpoint, Map<String, String> extra, Duration timeout) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("user", endpoint.user());
        params.put("database", endpoint.database());
        params.put("client_encoding", "UTF8");
        params.put("application_name", "impostgres-conformance");
        params.putAll(extra);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        data.writeInt(196608);
        for (Map.Entry<String, String> p : params.entrySet()) {
            writeString(data, p.getKey());
            writeString(data, p.getValue());
        }
        data.writeByte(0);
        DataOutputStream frame = new DataOutputStream(out);
        frame.writeInt(body.size() + 4);
        body.writeTo(frame);
        out.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        ScramSha256 scram = null;
        while (true) {
            BackendMessage m = read(deadline);
            switch (m.type()) {
                case 'R' -> scram = authenticate(m.reader(), endpoint, scram);
                case 'S' -> {
                    PgReader r = m.reader();
                    parameters.put(r.string(), r.string());
                }
                case 'K', 'N' -> { }
                case 'E' -> throw new IOException("connection refused by server: " + errorText(m));
                case 'Z' -> {
                    return;
                }
                default -> throw new IOException("unexpected message '" + m.type() + "' during startup");
            }
        }
    }

    private ScramSha256 authenticate(PgReader r, PgEndpoint endpoint, ScramSha256 scram) throws IOException {
        int code = r.int32();
        try {
            switch (code) {
                case 0 -> { }
                case 3 -> sendPassword(requirePassword(endpoint));
                case 5 -> {
                    byte[] salt = r.bytes(4);
                    String inner = md5Hex((requirePassword(endpoint) + endpoint.user()).getBytes(StandardCharsets.UTF_8));
                    byte[] outer = (inner).getBytes(StandardCharsets.UTF_8);
                    byte[] salted = new byte[outer.length + 4];
                    System.arraycopy(outer, 0, salted, 0, outer.length);
                    System.arraycopy(salt, 0, salted, outer.length, 4);
                    sendPassword("md5" + md5Hex(salted));
                }
                case 10 -> {
                    ScramSha256 next = new ScramSha256(requirePassword(endpoint));
                    byte[] first = next.clientFirst().getBytes(StandardCharsets.UTF_8);
                    // SASLInitialResponse: 'p' | int32 len | str mechanism | int32 len | bytes
                    ByteArrayOutputStream body = new ByteArrayOutputStream();
                    DataOutputStream data = new DataOutputStream(body);
                    writeString(data, "SCRAM-SHA-256");
                    data.writeInt(first.length);
                    data.write(first);
                    send('p', body.toByteArray());
                    return next;
                }
                case 11 -> send('p', scram.clientFinal(new String(r.rest(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
                case 12 -> scram.verifyServerFinal(new String(r.rest(), StandardCharsets.UTF_8));
                default -> throw new IOException("unsupported authentication request " + code);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("authentication failed: " + e.getMessage(), e);
        }
        return scram;
    }

    private static String requirePassword(PgEndpoint endpoint) throws IOException {
        if (endpoint.password() == null) {
            throw new IOException("server asks for a password and none was given for " + endpoint);
        }
        return endpoint.password();
    }

    private void sendPassword(String password) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeString(new DataOutputStream(body), password);
        send('p', body.toByteArray());
    }

    /**
     * Sends one Query and collects everything up to ReadyForQuery. COPY FROM STDIN gets the statement's inline data
     * ({@link CopyInlineData}) then CopyDone, or CopyFail when it has none; COPY TO STDOUT data is collected as
     * single-column rows, one per CopyData, as text, or as {@code \x} hex when the CopyOutResponse says binary.
     */
    public QueryResult query(String sql, Duration timeout) throws IOException {
        CopyInlineData inline = CopyInlineData.of(sql);
        sendQuery(inline == null ? sql : inline.query());
        boolean binaryCopy = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ResultPart> parts = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<ResultPart.Column> columns = null;
        List<List<String>> rows = new ArrayList<>();
        while (true) {
            BackendMessage m = read(deadline);
            switch (m.type()) {
                case 'T' -> {
                    columns = rowDescription(m.reader());
                    rows = new ArrayList<>();
                }
                case 'D' -> rows.add(dataRow(m.reader()));
                case 'C' -> {
                    String tag = m.reader().string();
                    parts.add(columns == null ? new ResultPart.Command(tag)
                            : new ResultPart.Rows(columns, rows, tag));
                    columns = null;
                }
                case 'E' -> {
                    Map<Character, String> f = fields(m.reader());
                    parts.add(new ResultPart.Error(f.get('C'), f.get('M')));
                    columns = null;
                }
                case 'I' -> parts.add(new ResultPart.EmptyQuery());
                case 'N' -> {
                    Map<Character, String> f = fields(m.reader());
                    notices.add(f.get('C') + " " + f.get('M'));
                }
                case 'G' -> {
                    if (inline == null) {
                        sendCopyFail("this COPY FROM STDIN statement has no inline data");
                    } else {
                        byte[] data = inline.bytes(m.reader().byte1() == 1);
                        if (data.length > 0) sendCopyData(data);
                        sendCopyDone();
                    }
                }
                case 'H' -> {
                    binaryCopy = m.reader().byte1() == 1;
                    columns = List.of(new ResultPart.Column(binaryCopy ? "copy (binary)" : "copy", 0, -1));
                    rows = new ArrayList<>();
                }
                case 'd' -> rows.add(java.util.Collections.singletonList(binaryCopy
                        ? "\\x" + java.util.HexFormat.of().formatHex(m.body())
                        : new String(m.body(), StandardCharsets.UTF_8)));
                case 'S', 'A', 'c', 'K' -> { }
                case 'Z' -> {
                    return new QueryResult(parts, (char) m.reader().byte1(), notices);
                }
                default -> throw new IOException("unexpected message '" + m.type() + "' after Query");
            }
        }
    }

    // Query: 'Q' | int32 len | str sql
    public void sendQuery(String sql) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeString(new DataOutputStream(body), sql);
        send('Q', body.toByteArray());
    }

    // CopyData: 'd' | int32 len | bytes
    public void sendCopyData(byte[] data) throws IOException {
        send('d', data);
    }

    // CopyDone: 'c' | int32 4
    public void sendCopyDone() throws IOException {
        send('c', new byte[0]);
    }

    private void sendCopyFail(String reason) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeString(new DataOutputStream(body), reason);
        send('f', body.toByteArray());
    }

    /** Reads the next backend message, waiting at most until {@code deadline} ({@link System#nanoTime()}). */
    public BackendMessage read(long deadline) throws IOException {
        try {
            setTimeout(deadline);
            char type = (char) in.readUnsignedByte();
            int length = in.readInt();
            if (length < 4 || length > MAX_MESSAGE_BYTES) {
                throw new IOException("invalid length " + length + " for message '" + type + "'");
            }
            byte[] body = new byte[length - 4];
            setTimeout(deadline);
            in.readFully(body);
            return new BackendMessage(type, body);
        } catch (SocketTimeoutException e) {
            throw new StatementTimeoutException("no complete answer from the server before the deadline");
        } catch (EOFException e) {
            throw new IOException("server closed the connection", e);
        }
    }

    private void setTimeout(long deadline) throws IOException {
        long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMs <= 0) {
            throw new StatementTimeoutException("no complete answer from the server before the deadline");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMs));
    }

    /** A ParameterStatus value reported by the server (server_version, TimeZone, …), or null. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    // RowDescription: 'T' | int16 n | (str name | int32 tableOid | int16 attnum | int32 typeOid | int16 len | int32 typmod | int16 format)*
    private static List<ResultPart.Column> rowDescription(PgReader r) {
        int n = r.int16();
        List<ResultPart.Column> columns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = r.string();
            r.int32();
            r.int16();
            int typeOid = r.int32();
            r.int16();
            int typmod = r.int32();
            r.int16();
            columns.add(new ResultPart.Column(name, typeOid, typmod));
        }
        return columns;
    }

    // DataRow: 'D' | int16 n | (int32 len (-1 = NULL) | bytes)*
    private static List<String> dataRow(PgReader r) {
        int n = r.int16();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int length = r.int32();
            values.add(length < 0 ? null : new String(r.bytes(length), StandardCharsets.UTF_8));
        }
        return values;
    }

    // ErrorResponse / NoticeResponse: (byte1 code | str value)* | byte 0
    static Map<Character, String> fields(PgReader r) {
        Map<Character, String> fields = new HashMap<>();
        int code;
        while ((code = r.byte1()) != 0) {
            fields.put((char) code, r.string());
        }
        return fields;
    }

    static String errorText(BackendMessage m) {
        Map<Character, String> f = fields(m.reader());
        return f.get('C') + " " + f.get('M');
    }

    private void send(char type, byte[] body) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeByte(type);
        data.writeInt(body.length + 4);
        data.write(body);
        out.flush();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.writeByte(0);
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends Terminate and closes the socket; never throws. */
    @Override
    public void close() {
        try {
            send('X', new byte[0]);
        } catch (IOException ignored) {
            // The server may already be gone; closing is all that is left to do.
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing useful to do about a failed close.
        }
    }
}
