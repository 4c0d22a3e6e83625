package dev.impostgres.tracking.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * to_char(number, format) for the common numeric template patterns (formatting.c's NUM_processor): 9 and 0 digit
 * positions, . or D, , or G, FM, S (leading or trailing) and MI. Without S/MI a sign position precedes the number
 * ('-' or a blank, next to the first digit); too many digits print '#' in every digit position.
 */
final class ToCharNumber {
    private ToCharNumber() {}

    static String format(BigDecimal value, String format) {
        String f = format;
        boolean fm = false;
        if (f.toUpperCase(Locale.ROOT).startsWith("FM")) {
            fm = true;
            f = f.substring(2);
        }
        StringBuilder intPattern = new StringBuilder(), fracPattern = new StringBuilder();
        boolean point = false, leadingS = false, trailingS = false, trailingMinus = false;
        String suffix = "";
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            char up = Character.toUpperCase(ch);
            if (ch == '9' || ch == '0') {
                (point ? fracPattern : intPattern).append(ch);
            } else if (ch == '.' || up == 'D') {
                point = true;
            } else if (ch == ',' || up == 'G') {
                if (!point) intPattern.append(',');
            } else if (up == 'S') {
                if (intPattern.length() == 0 && !point) leadingS = true; else trailingS = true;
            } else if (up == 'M' && i + 1 < f.length() && Character.toUpperCase(f.charAt(i + 1)) == 'I') {
                trailingMinus = true;
                i++;
            } else {
                suffix += ch; // other characters are copied (kept simple: after the number)
            }
        }
        int frac = fracPattern.length();
        boolean negative = value.signum() < 0;
        BigDecimal abs = value.abs().setScale(frac, RoundingMode.HALF_UP);
        String digits = abs.toBigInteger().toString();
        if (digits.equals("0") && frac > 0 && intPattern.indexOf("0") < 0) digits = "";
        long positions = intPattern.chars().filter(c -> c == '9' || c == '0').count();
        boolean overflow = digits.length() > positions;
        // integer part, right to left
        int firstZero = intPattern.indexOf("0");
        StringBuilder intPart = new StringBuilder();
        int d = digits.length() - 1;
        boolean blankSoFar = false;
        char[] pattern = intPattern.toString().toCharArray();
        char[] out = new char[pattern.length];
        for (int k = pattern.length - 1; k >= 0; k--) {
            if (pattern[k] == ',') {
                out[k] = ',';
                continue;
            }
            if (overflow) out[k] = '#';
            else if (d >= 0) out[k] = digits.charAt(d--);
            else out[k] = firstZero >= 0 && k >= firstZero ? '0' : ' ';
        }
        for (int k = 0; k < out.length; k++) { // a group separator with only blanks before it is a blank
            if (out[k] == ',' && (k == 0 || out[k - 1] == ' ')) out[k] = ' ';
        }
        intPart.append(out);
        StringBuilder fracPart = new StringBuilder();
        if (point) {
            fracPart.append('.');
            String fraction = abs.toPlainString();
            fraction = frac == 0 ? "" : fraction.substring(fraction.indexOf('.') + 1);
            for (int k = 0; k < frac; k++) fracPart.append(overflow ? '#' : fraction.charAt(k));
            if (fm) { // FM drops trailing zeros of 9 positions
                int end = fracPart.length();
                while (end > 1 && fracPart.charAt(end - 1) == '0' && fracPattern.charAt(end - 2) == '9') end--;
                fracPart.setLength(end);
            }
        }
        String number = intPart.toString() + fracPart;
        int first = 0;
        while (first < number.length() && number.charAt(first) == ' ') first++;
        String sign;
        if (leadingS) sign = negative ? "-" : "+";
        else if (trailingS || trailingMinus) sign = "";
        else sign = negative ? "-" : " ";
        String result = number.substring(0, first) + sign + number.substring(first);
        if (trailingS) result += negative ? "-" : "+";
        if (trailingMinus) result += negative ? "-" : " ";
        result += suffix;
        if (fm) result = result.stripLeading();
        return result;
    }
}
