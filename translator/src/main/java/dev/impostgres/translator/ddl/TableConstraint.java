package dev.impostgres.translator.ddl;

import java.util.List;

/**
 * A PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY constraint, written on a column or on the table. {@code name} is null
 * when Postgres is to choose it; {@code columns} is empty for a column constraint (it applies to that column).
 * {@code deferral} of a key: NOT DEFERRABLE, DEFERRABLE [INITIALLY IMMEDIATE] or INITIALLY DEFERRED (foreign keys
 * keep theirs in {@link References}).
 */
public record TableConstraint(String name, Kind kind, List<String> columns, String checkExpr, References references,
                              boolean nullsNotDistinct, Deferral deferral) {
    public enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY }

    public enum Deferral { NOT_DEFERRABLE, IMMEDIATE, DEFERRED }

    public TableConstraint(String name, Kind kind, List<String> columns, String checkExpr, References references,
                           boolean nullsNotDistinct) {
        this(name, kind, columns, checkExpr, references, nullsNotDistinct, Deferral.NOT_DEFERRABLE);
    }

    public TableConstraint withColumns(List<String> cols) {
        return new TableConstraint(name, kind, cols, checkExpr, references, nullsNotDistinct, deferral);
    }

    public TableConstraint withName(String newName) {
        return new TableConstraint(newName, kind, columns, checkExpr, references, nullsNotDistinct, deferral);
    }

    public TableConstraint withDeferral(Deferral d) {
        return new TableConstraint(name, kind, columns, checkExpr, references, nullsNotDistinct, d);
    }
}
