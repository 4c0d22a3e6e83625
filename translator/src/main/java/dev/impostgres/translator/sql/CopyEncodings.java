package dev.impostgres.translator.sql;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/**
 * COPY's ENCODING option: Postgres's encoding names (matched as pg_char_to_encoding does, ignoring case and
 * non-alphanumerics, aliases included) to their canonical name and the Java charset that reads and writes them.
 */
public final class CopyEncodings {
    private CopyEncodings() {}

    private record Encoding(String canonical, String java) {}

    private static final Map<String, Encoding> NAMES = Map.ofEntries(
            e("utf8", "UTF8", "UTF-8"), e("unicode", "UTF8", "UTF-8"), e("sqlascii", "SQL_ASCII", "ISO-8859-1"),
            e("latin1", "LATIN1", "ISO-8859-1"), e("iso88591", "LATIN1", "ISO-8859-1"),
            e("latin2", "LATIN2", "ISO-8859-2"), e("iso88592", "LATIN2", "ISO-8859-2"),
            e("latin3", "LATIN3", "ISO-8859-3"), e("iso88593", "LATIN3", "ISO-8859-3"),
            e("latin4", "LATIN4", "ISO-8859-4"), e("iso88594", "LATIN4", "ISO-8859-4"),
            e("latin5", "LATIN5", "ISO-8859-9"), e("iso88599", "LATIN5", "ISO-8859-9"),
            e("latin7", "LATIN7", "ISO-8859-13"), e("iso885913", "LATIN7", "ISO-8859-13"),
            e("latin9", "LATIN9", "ISO-8859-15"), e("iso885915", "LATIN9", "ISO-8859-15"),
            e("iso88595", "ISO_8859_5", "ISO-8859-5"), e("iso88596", "ISO_8859_6", "ISO-8859-6"),
            e("iso88597", "ISO_8859_7", "ISO-8859-7"), e("iso88598", "ISO_8859_8", "ISO-8859-8"),
            e("win1250", "WIN1250", "windows-1250"), e("win1251", "WIN1251", "windows-1251"),
            e("win1252", "WIN1252", "windows-1252"), e("win1253", "WIN1253", "windows-1253"),
            e("win1254", "WIN1254", "windows-1254"), e("win1255", "WIN1255", "windows-1255"),
            e("win1256", "WIN1256", "windows-1256"), e("win1257", "WIN1257", "windows-1257"),
            e("win1258", "WIN1258", "windows-1258"), e("win866", "WIN866", "IBM866"),
            e("win874", "WIN874", "x-windows-874"), e("koi8r", "KOI8R", "KOI8-R"), e("koi8", "KOI8R", "KOI8-R"),
            e("koi8u", "KOI8U", "KOI8-U"), e("eucjp", "EUC_JP", "EUC-JP"), e("euckr", "EUC_KR", "EUC-KR"),
            e("euccn", "EUC_CN", "GB2312"), e("sjis", "SJIS", "Shift_JIS"), e("shiftjis", "SJIS", "Shift_JIS"),
            e("big5", "BIG5", "Big5"), e("gbk", "GBK", "GBK"), e("gb18030", "GB18030", "GB18030"),
            e("uhc", "UHC", "x-windows-949"), e("euctw", "EUC_TW", "x-EUC-TW"), e("johab", "JOHAB", "x-Johab"));

    private static Map.Entry<String, Encoding> e(String key, String canonical, String java) {
        return Map.entry(key, new Encoding(canonical, java));
    }

    private static Encoding lookup(String pgName) {
        Encoding encoding = NAMES.get(pgName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        return encoding != null && Charset.isSupported(encoding.java()) ? encoding : null;
    }

    /** The canonical Postgres name ({@code win-1252} → WIN1252), or null when Postgres would not know it. */
    public static String canonical(String pgName) {
        Encoding encoding = lookup(pgName);
        return encoding == null ? null : encoding.canonical();
    }

    /** The Java charset for a Postgres encoding name (canonical or alias). */
    public static Charset charset(String pgName) {
        Encoding encoding = lookup(pgName);
        if (encoding == null) throw new IllegalArgumentException("unknown encoding " + pgName);
        return Charset.forName(encoding.java());
    }
}
