package dev.impostgres.tracking.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** pg_get_constraintdef(oid): a constraint as Postgres prints it, from the schema metadata. */
final class ConstraintDef {
    private ConstraintDef() {}

    static String of(Connection c, long oid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT contype, conrelid, conkey, confrelid, confkey, "
                + "confupdtype, confdeltype, check_expr FROM main._pg_constraint WHERE oid = ?")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                String type = rs.getString(1);
                long relid = rs.getLong(2);
                return switch (type) {
                    case "p" -> "PRIMARY KEY (" + columns(c, relid, rs.getString(3)) + ")";
                    case "u" -> "UNIQUE (" + columns(c, relid, rs.getString(3)) + ")";
                    case "c" -> "CHECK (" + parenthesized(rs.getString(8)) + ")";
                    case "f" -> "FOREIGN KEY (" + columns(c, relid, rs.getString(3)) + ") REFERENCES "
                            + RegNames.relationName(c, rs.getLong(4)) + "(" + columns(c, rs.getLong(4), rs.getString(5))
                            + ")" + action(" ON UPDATE ", rs.getString(6)) + action(" ON DELETE ", rs.getString(7));
                    default -> null;
                };
            }
        }
    }

    private static String parenthesized(String expr) {
        if (expr == null) return "";
        String e = expr.trim();
        return e.startsWith("(") && e.endsWith(")") ? e : "(" + e + ")";
    }

    private static String action(String prefix, String code) {
        return switch (code == null ? "a" : code) {
            case "r" -> prefix + "RESTRICT";
            case "c" -> prefix + "CASCADE";
            case "n" -> prefix + "SET NULL";
            case "d" -> prefix + "SET DEFAULT";
            default -> "";
        };
    }

    private static String columns(Connection c, long relid, String attnums) throws SQLException {
        List<String> names = new ArrayList<>();
        if (attnums == null || attnums.isEmpty()) return "";
        for (String attnum : attnums.split(",")) {
            Object name = CatalogFunctions.lookup(c, "SELECT attname FROM main._pg_attribute WHERE attrelid = "
                    + relid + " AND attnum = ?", Long.parseLong(attnum.trim()));
            names.add(RegNames.quoteIdent(String.valueOf(name)));
        }
        return String.join(", ", names);
    }
}
