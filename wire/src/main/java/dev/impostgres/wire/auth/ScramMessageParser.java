package dev.impostgres.wire.auth;

/**
 * A cursor over a SCRAM message ("attr=value,attr=value"), read the way Postgres's read_attr_value and
 * read_any_attr do. Errors are {@link Malformed} carrying Postgres's detail text.
 */
final class ScramMessageParser {

    /** "malformed SCRAM message" with this detail; converted to an {@link AuthStep.Failure} by the caller. */
    static final class Malformed extends Exception {
        final AuthStep.Failure failure;

        Malformed(AuthStep.Failure failure) {
            super(failure.error().getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    private final String s;
    private int pos;

    ScramMessageParser(String s) {
        this.s = s;
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos >= s.length();
    }

    char peek() {
        return atEnd() ? '\0' : s.charAt(pos);
    }

    void skip(int n) {
        pos += n;
    }

    String rest() {
        return s.substring(Math.min(pos, s.length()));
    }

    /** attr "=" value ("," | end) for an expected attribute. */
    String readAttribute(char attr) throws Malformed {
        if (peek() != attr) {
            throw malformed("Expected attribute \"" + attr + "\" but found \"" + sanitize(peek()) + "\".");
        }
        pos++;
        if (peek() != '=') throw malformed("Expected character \"=\" for attribute \"" + attr + "\".");
        pos++;
        return value();
    }

    /** Any ALPHA "=" value; returns {attr, value}. */
    String[] readAnyAttribute() throws Malformed {
        char attr = peek();
        if (attr == '\0') throw malformed("Attribute expected, but found end of string.");
        if (!((attr >= 'A' && attr <= 'Z') || (attr >= 'a' && attr <= 'z'))) {
            throw malformed("Attribute expected, but found invalid character \"" + sanitize(attr) + "\".");
        }
        pos++;
        if (peek() != '=') throw malformed("Expected character \"=\" for attribute \"" + attr + "\".");
        pos++;
        return new String[] {String.valueOf(attr), value()};
    }

    private String value() {
        int end = s.indexOf(',', pos);
        String v;
        if (end < 0) {
            v = s.substring(pos);
            pos = s.length();
        } else {
            v = s.substring(pos, end);
            pos = end + 1;
        }
        return v;
    }

    static Malformed malformed(String detail) {
        return new Malformed(AuthErrors.malformedScram(detail));
    }

    /** Postgres's sanitize_char: printable ASCII quoted, anything else in hex. */
    static String sanitize(char c) {
        return c >= 0x21 && c <= 0x7e ? "'" + c + "'" : String.format("0x%02x", (int) c & 0xff);
    }

    /** RFC 5802 printable: %x21-2B / %x2D-7E (printable ASCII except ","). */
    static boolean isPrintable(String v) {
        return v.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && c != ',');
    }
}
