package dev.impostgres.translator.storage;

import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.List;
import java.util.function.Function;

/** The declared column types a Postgres statement can see, from the tables it names (see {@link TableScope}). */
public final class ColumnScope {
    private ColumnScope() {}

    /** The name given to the PgType of a user-defined enum column (its OID is the real one). */
    public static final String ENUM = "enum";

    /** Column types for {@code postgresSql}, or null when it names no table with metadata. */
    public static ColumnTypes of(String postgresSql, Function<String, List<TargetColumn>> columnsOf) {
        TableScope scope = TableScope.of(Lexer.tokenize(postgresSql), columnsOf);
        if (scope.isEmpty()) return null;
        return new ColumnTypes() {
            @Override
            public PgType of(String qualifier, String name) {
                TargetColumn column = scope.column(qualifier, name);
                if (column == null) return null;
                PgType type = PgTypes.byOid(column.typeOid());
                // a user-defined type (an enum: the only kind CREATE TYPE makes) the registry does not know
                return type != null || column.typeOid() < 16384 ? type
                        : new PgType(column.typeOid(), ENUM, (short) 4, 0, 0);
            }

            @Override
            public List<String> columnNames(String relation) {
                List<TargetColumn> columns = scope.table(relation);
                if (columns == null) return null;
                List<String> names = new java.util.ArrayList<>();
                for (TargetColumn c : columns) names.add(c.name());
                return names;
            }
        };
    }
}
