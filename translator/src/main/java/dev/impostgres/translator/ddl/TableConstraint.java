package dev.impostgres.translator.ddl;

import java.util.List;

/**
 * A PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY constraint, written on a column or on the table. {@code name} is null
 * when Postgres is to choose it; {@code columns} is empty for a column constraint (it applies to that column).
 */
public record TableConstraint(String name, Kind kind, List<String> columns, String checkExpr, References references,
                              boolean nullsNotDistinct) {
    public enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY }

    public TableConstraint withColumns(List<String> cols) {
        return new TableConstraint(name, kind, cols, checkExpr, references, nullsNotDistinct);
    }

    public TableConstraint withName(String newName) {
        return new TableConstraint(newName, kind, columns, checkExpr, references, nullsNotDistinct);
    }
}
