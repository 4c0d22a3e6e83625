package dev.impostgres.translator.sql;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/**
 * COPY's ENCODING option: Postgres's encoding names (matched as pg_char_to_encoding does, ignoring case and
 * non-alphanumerics) to the Java charset that reads and writes them.
 */
final class CopyEncodings {
    private CopyEncodings() {}

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"), Map.entry("unicode", "UTF-8"), Map.entry("sqlascii", "ISO-8859-1"),
            Map.entry("latin1", "ISO-8859-1"), Map.entry("iso88591", "ISO-8859-1"),
            Map.entry("latin2", "ISO-8859-2"), Map.entry("iso88592", "ISO-8859-2"),
            Map.entry("latin3", "ISO-8859-3"), Map.entry("iso88593", "ISO-8859-3"),
            Map.entry("latin4", "ISO-8859-4"), Map.entry("iso88594", "ISO-8859-4"),
            Map.entry("latin5", "ISO-8859-9"), Map.entry("iso88599", "ISO-8859-9"),
            Map.entry("latin7", "ISO-8859-13"), Map.entry("iso885913", "ISO-8859-13"),
            Map.entry("latin9", "ISO-8859-15"), Map.entry("iso885915", "ISO-8859-15"),
            Map.entry("iso88595", "ISO-8859-5"), Map.entry("iso88596", "ISO-8859-6"),
            Map.entry("iso88597", "ISO-8859-7"), Map.entry("iso88598", "ISO-8859-8"),
            Map.entry("win1250", "windows-1250"), Map.entry("win1251", "windows-1251"),
            Map.entry("win1252", "windows-1252"), Map.entry("win1253", "windows-1253"),
            Map.entry("win1254", "windows-1254"), Map.entry("win1255", "windows-1255"),
            Map.entry("win1256", "windows-1256"), Map.entry("win1257", "windows-1257"),
            Map.entry("win1258", "windows-1258"), Map.entry("win866", "IBM866"), Map.entry("win874", "x-windows-874"),
            Map.entry("koi8r", "KOI8-R"), Map.entry("koi8", "KOI8-R"), Map.entry("koi8u", "KOI8-U"),
            Map.entry("eucjp", "EUC-JP"), Map.entry("euckr", "EUC-KR"), Map.entry("euccn", "GB2312"),
            Map.entry("sjis", "Shift_JIS"), Map.entry("shiftjis", "Shift_JIS"), Map.entry("big5", "Big5"),
            Map.entry("gbk", "GBK"), Map.entry("gb18030", "GB18030"), Map.entry("uhc", "x-windows-949"),
            Map.entry("euctw", "x-EUC-TW"), Map.entry("johab", "x-Johab"));

    /** The Java charset name for a Postgres encoding name, or null when Postgres would not know the name. */
    static String javaCharset(String pgName) {
        String clean = pgName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String java = NAMES.get(clean);
        return java != null && Charset.isSupported(java) ? java : null;
    }
}
