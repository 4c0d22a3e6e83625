package dev.impostgres.replication.pgoutput;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One column of a pgoutput TupleData: {@code 'n'} | {@code 'u'} | {@code 't' int32 len bytes} | {@code 'b' int32 len bytes}. */
public sealed interface TupleValue {

    /** {@code 'n'}: SQL NULL. */
    record Null() implements TupleValue {}

    /** {@code 'u'}: an unchanged TOASTed value, sent without its data. */
    record UnchangedToast() implements TupleValue {}

    /** {@code 't'}: the value in the type's text output format (never NUL-terminated). */
    record Text(byte[] bytes) implements TupleValue {
        public static Text of(String text) { return new Text(text.getBytes(StandardCharsets.UTF_8)); }
        public String text() { return new String(bytes, StandardCharsets.UTF_8); }
        @Override public boolean equals(Object o) { return o instanceof Text t && Arrays.equals(bytes, t.bytes); }
        @Override public int hashCode() { return Arrays.hashCode(bytes); }
        @Override public String toString() { return "Text[" + text() + "]"; }
    }

    /** {@code 'b'}: the value in the type's binary send format (option {@code binary 'true'}). */
    record Binary(byte[] bytes) implements TupleValue {
        @Override public boolean equals(Object o) { return o instanceof Binary b && Arrays.equals(bytes, b.bytes); }
        @Override public int hashCode() { return Arrays.hashCode(bytes); }
        @Override public String toString() { return "Binary[" + bytes.length + " bytes]"; }
    }

    TupleValue NULL = new Null();
    TupleValue UNCHANGED_TOAST = new UnchangedToast();
}
