package dev.impostgres.tracking.schema;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names Postgres chooses for objects the user did not name (ChooseRelationName / ChooseConstraintName):
 * {@code t_pkey}, {@code t_a_b_key}, {@code t_a_fkey}, {@code t_a_check}, {@code t_a_idx}, {@code t_id_seq}, with
 * 1, 2, … appended while the name is taken, and each part cut so the whole fits in 63 bytes.
 */
public final class Names {
    private Names() {}

    private static final int NAMEDATALEN = 64;

    public static String choose(String table, Collection<String> columns, String label, Predicate<String> taken) {
        String columnPart = columns.isEmpty() ? null : String.join("_", columns);
        for (int pass = 0; ; pass++) {
            String suffix = pass == 0 ? label : label + pass;
            String name = make(table, columnPart, suffix);
            if (!taken.test(name)) return name;
        }
    }

    /** makeObjectName: shortens the longer of the two names until "name1_name2_label" fits. */
    private static String make(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        String a = name1, b = name2 == null ? "" : name2;
        while (a.length() + b.length() + overhead > NAMEDATALEN - 1) {
            if (a.length() > b.length()) a = a.substring(0, a.length() - 1);
            else b = b.substring(0, b.length() - 1);
        }
        return name2 == null ? a + "_" + label : a + "_" + b + "_" + label;
    }

    /** The one column a CHECK expression references, or null when it references none or several. */
    public static String singleColumn(String expression, Set<String> columnNames) {
        Set<String> seen = new LinkedHashSet<>();
        for (Token t : Lexer.significant(Lexer.tokenize(expression))) {
            if ((t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT)
                    && columnNames.contains(t.identifier())) {
                seen.add(t.identifier());
            }
        }
        return seen.size() == 1 ? seen.iterator().next() : null;
    }

    /** A relation-scoped name check (indexes and sequences share the namespace with tables). */
    public static Predicate<String> relationTaken(Catalog catalog, long namespaceOid, Set<String> alsoTaken) {
        return name -> {
            if (alsoTaken.contains(name)) return true;
            try {
                return catalog.relationExists(namespaceOid, name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static List<String> list(String... names) { return List.of(names); }
}
