package dev.impostgres.tracking.functions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code @>} / {@code <@} between arrays. The translator cannot always tell arrays from jsonb (both reach it as
 * untyped columns), so pg_json_op asks here first: an operand in Postgres's array text form that is not JSON
 * ({@code {a,b}}, {@code [0:1]={1,2}}, int2vector {@code 1 2}) makes the pair arrays. Containment compares the
 * elements' text, ignores duplicates, and a NULL element is never contained, as array_contain_compare does.
 */
final class ArrayContainment {
    private ArrayContainment() {}

    /** True when {@code text} is an array literal that JSON parsing would refuse. */
    static boolean isArrayText(String text) {
        String s = text.trim();
        if (s.startsWith("[") && s.contains("]=")) return true;
        if (!s.startsWith("{")) return false;
        try {
            JsonFunctions.parse(s);
            return false;
        } catch (PgFunctionError e) {
            return true;
        }
    }

    /** Every element of {@code inner} equals some element of {@code outer}. */
    static boolean contains(String outer, String inner) {
        Set<String> have = new HashSet<>(elements(outer));
        for (String e : elements(inner)) {
            if (e == null || !have.contains(e)) return false;
        }
        return true;
    }

    private static List<String> elements(String text) {
        String s = text.trim();
        if (s.startsWith("[")) s = s.substring(s.indexOf('=') + 1).trim();
        return ArrayFunctions.elements(s);
    }
}
