package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * to_number(text, template): digits read for the template's digit positions (9, 0) before and after its decimal
 * point (D or .), group separators (G ,), currency (L) and other characters skipped; a minus sign anywhere (S, MI,
 * SG) or angle brackets (PR) make it negative. As in Postgres the scale is the number of fraction digits actually
 * read (to_number('12', '9999.99') is 12), extra integer digits beyond the template are dropped.
 */
final class ToNumber {
    private ToNumber() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "to_number", 2, a -> parse(Values.text(a[0]), Values.text(a[1])));
    }

    static String parse(String input, String template) {
        String t = template.toUpperCase(java.util.Locale.ROOT).replace("FM", "");
        int point = indexOfPoint(t);
        int integerPositions = count(point < 0 ? t : t.substring(0, point));
        int fractionPositions = point < 0 ? 0 : count(t.substring(point + 1));
        StringBuilder integer = new StringBuilder(), fraction = new StringBuilder();
        boolean afterPoint = false, negative = false;
        for (int k = 0; k < input.length(); k++) {
            char c = input.charAt(k);
            if (c == '-' || c == '<' && t.contains("PR")) negative = true;
            else if (c == '.' && point >= 0) afterPoint = true;
            else if (Character.isDigit(c)) {
                if (!afterPoint && integer.length() < integerPositions) integer.append(c);
                else if (afterPoint && fraction.length() < fractionPositions) fraction.append(c);
            }
        }
        if (integer.length() == 0 && fraction.length() == 0) {
            throw new PgFunctionError("22P02", "invalid input syntax for type numeric: \" \"");
        }
        String digits = (integer.length() == 0 ? "0" : integer.toString().replaceFirst("^0+(?=\\d)", ""))
                + (fraction.length() == 0 ? "" : "." + fraction);
        return negative && !digits.matches("[0.]+") ? "-" + digits : digits;
    }

    private static int indexOfPoint(String t) {
        for (int k = 0; k < t.length(); k++) if (t.charAt(k) == 'D' || t.charAt(k) == '.') return k;
        return -1;
    }

    private static int count(String part) {
        int n = 0;
        for (int k = 0; k < part.length(); k++) if (part.charAt(k) == '9' || part.charAt(k) == '0') n++;
        return n;
    }
}
