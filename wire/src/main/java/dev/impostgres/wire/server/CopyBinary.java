package dev.impostgres.wire.server;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * COPY's binary file format (copyto.c / copyfromparse.c):
 * <pre>
 *  header : "PGCOPY\n\377\r\n\0" | int32 flags | int32 extension length | extension bytes
 *  tuple  : int16 field count | { int32 length (-1 = NULL) | bytes } …
 *  trailer: int16 -1
 * </pre>
 * Postgres sends the header in the same CopyData as the first tuple, one CopyData per tuple, and the trailer alone.
 */
final class CopyBinary {
    static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private CopyBinary() {}

    /** The 19-byte header: signature, no flags, no extension. */
    static byte[] header() {
        return ByteBuffer.allocate(19).put(SIGNATURE).putInt(0).putInt(0).array();
    }

    /** One tuple; a null entry is SQL NULL. */
    static byte[] tuple(List<byte[]> fields) {
        int size = 2;
        for (byte[] f : fields) size += 4 + (f == null ? 0 : f.length);
        ByteBuffer out = ByteBuffer.allocate(size).putShort((short) fields.size());
        for (byte[] f : fields) {
            if (f == null) {
                out.putInt(-1);
            } else {
                out.putInt(f.length).put(f);
            }
        }
        return out.array();
    }

    static byte[] trailer() {
        return new byte[] {(byte) 0xFF, (byte) 0xFF};
    }

    /**
     * Reads binary COPY input as it arrives in CopyData chunks of any size. Tuples are handed out whole; a bad
     * header, field count or length is 22P04, as in Postgres.
     */
    static final class Reader {
        private final int columnCount;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private boolean headerRead;
        private boolean ended;

        Reader(int columnCount) {
            this.columnCount = columnCount;
        }

        /** Adds a chunk and returns the tuples it completed. */
        List<List<byte[]>> feed(byte[] chunk) {
            if (ended) {
                if (chunk.length > 0) throw badFormat("received copy data after EOF marker");
                return List.of();
            }
            pending.write(chunk, 0, chunk.length);
            ByteBuffer in = ByteBuffer.wrap(pending.toByteArray());
            List<List<byte[]>> tuples = new ArrayList<>();
            int consumed = 0;
            while (!ended) {
                if (!headerRead) {
                    if (!readHeader(in)) break;
                    headerRead = true;
                    consumed = in.position();
                    continue;
                }
                if (in.remaining() < 2) break;
                short count = in.getShort();
                if (count == -1) {
                    ended = true;
                    consumed = in.position();
                    if (in.hasRemaining()) throw badFormat("received copy data after EOF marker");
                    break;
                }
                if (count != columnCount) {
                    throw badFormat("row field count is " + count + ", expected " + columnCount);
                }
                List<byte[]> tuple = readFields(in, count);
                if (tuple == null) break;
                tuples.add(tuple);
                consumed = in.position();
            }
            byte[] all = in.array();
            pending.reset();
            pending.write(all, consumed, all.length - consumed);
            return tuples;
        }

        /**
         * CopyDone. A stream may stop cleanly between tuples without the trailer (Postgres takes that as the end;
         * even a single stray byte there, too short to be a field count); anywhere else it is cut short.
         */
        void finish() {
            if (ended) return;
            int have = pending.size();
            if (!headerRead) {
                if (have < 11) throw badFormat("COPY file signature not recognized");
                if (have < 15) throw badFormat("invalid COPY file header (missing flags)");
                if (have < 19) throw badFormat("invalid COPY file header (missing length)");
                throw badFormat("invalid COPY file header (wrong length)");
            }
            if (have >= 2) throw badFormat("unexpected EOF in COPY data");
        }

        private boolean readHeader(ByteBuffer in) {
            int start = in.position();
            if (in.remaining() < 11) {
                byte[] prefix = Arrays.copyOfRange(in.array(), start, in.limit());
                if (!Arrays.equals(prefix, Arrays.copyOf(SIGNATURE, prefix.length))) {
                    throw badFormat("COPY file signature not recognized");
                }
                return false;
            }
            byte[] signature = new byte[11];
            in.get(signature);
            if (!Arrays.equals(signature, SIGNATURE)) throw badFormat("COPY file signature not recognized");
            if (in.remaining() < 8) {
                in.position(start);
                return false;
            }
            int flags = in.getInt();
            if ((flags & (1 << 16)) != 0) throw badFormat("invalid COPY file header (WITH OIDS)");
            if ((flags & 0xFFFE0000) != 0) throw badFormat("unrecognized critical flags in COPY file header");
            int extension = in.getInt();
            if (extension < 0) throw badFormat("invalid COPY file header (missing length)");
            if (in.remaining() < extension) {
                in.position(start);
                return false;
            }
            in.position(in.position() + extension);
            return true;
        }

        /** The fields of one tuple, or null (position rewound to the count) when it has not all arrived. */
        private static List<byte[]> readFields(ByteBuffer in, int count) {
            int start = in.position() - 2;
            List<byte[]> fields = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (in.remaining() < 4) {
                    in.position(start);
                    return null;
                }
                int length = in.getInt();
                if (length == -1) {
                    fields.add(null);
                    continue;
                }
                if (length < 0) throw badFormat("invalid field size");
                if (in.remaining() < length) {
                    in.position(start);
                    return null;
                }
                byte[] value = new byte[length];
                in.get(value);
                fields.add(value);
            }
            return fields;
        }
    }

    static PgException badFormat(String message) {
        return new PgException(SqlState.BAD_COPY_FILE_FORMAT, message);
    }
}
