package dev.impostgres.conformance.client;

import java.nio.charset.StandardCharsets;

/**
 * Reads the protocol's primitive types from a message body, big-endian, named as in the protocol document.
 * Running off the end is a malformed message, reported as {@link IllegalStateException} with the offset.
 */
public final class PgReader {

    private final byte[] bytes;
    private int position;

    public PgReader(byte[] bytes) {
        this.bytes = bytes;
    }

    public int byte1() {
        need(1);
        return bytes[position++] & 0xff;
    }

    public int int16() {
        need(2);
        int v = ((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff);
        position += 2;
        return (short) v;
    }

    public int int32() {
        need(4);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (bytes[position++] & 0xff);
        }
        return v;
    }

    public long int64() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (bytes[position++] & 0xff);
        }
        return v;
    }

    /** A NUL-terminated UTF-8 string; a string without its NUL is malformed. */
    public String string() {
        int end = position;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        if (end == bytes.length) {
            throw new IllegalStateException("string without NUL at offset " + position);
        }
        String s = new String(bytes, position, end - position, StandardCharsets.UTF_8);
        position = end + 1;
        return s;
    }

    public byte[] bytes(int length) {
        if (length < 0) {
            throw new IllegalStateException("negative length " + length + " at offset " + position);
        }
        need(length);
        byte[] out = java.util.Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    public byte[] rest() {
        return bytes(bytes.length - position);
    }

    public int remaining() {
        return bytes.length - position;
    }

    private void need(int n) {
        if (position + n > bytes.length) {
            throw new IllegalStateException("message too short: need " + n + " bytes at offset " + position
                    + " of " + bytes.length);
        }
    }
}
