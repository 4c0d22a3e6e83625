package dev.impostgres.translator.ddl;

import dev.impostgres.translator.ddl.DdlCommand.AlterAction;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** ALTER TABLE [IF EXISTS] [ONLY] name action [, action]* | RENAME …. */
final class AlterTableParser {
    private AlterTableParser() {}

    static DdlCommand parse(Cursor c) {
        boolean ifExists = c.accept("if", "exists");
        c.accept("only");
        QualifiedName name = c.qualifiedName();
        List<AlterAction> actions = new ArrayList<>();
        if (c.accept("rename")) {
            if (c.accept("to")) actions.add(new AlterAction.RenameTable(c.identifier()));
            else if (c.accept("constraint")) {
                String from = c.identifier();
                c.expect("to");
                actions.add(new AlterAction.RenameConstraint(from, c.identifier()));
            }
            else {
                c.accept("column");
                String from = c.identifier();
                c.expect("to");
                actions.add(new AlterAction.RenameColumn(from, c.identifier()));
            }
            return new DdlCommand.AlterTable(name, ifExists, actions);
        }
        do {
            AlterAction action = action(c);
            if (action == null) return null;
            actions.add(action);
        } while (c.accept(","));
        return new DdlCommand.AlterTable(name, ifExists, actions);
    }

    private static AlterAction action(Cursor c) {
        if (c.accept("add")) {
            if (ColumnParser.startsTableConstraint(c)) return new AlterAction.AddConstraint(ColumnParser.tableConstraint(c));
            c.accept("column");
            boolean ifNotExists = c.accept("if", "not", "exists");
            return new AlterAction.AddColumn(ColumnParser.column(c), ifNotExists);
        }
        if (c.accept("drop")) {
            if (c.accept("constraint")) {
                boolean ifExists = c.accept("if", "exists");
                String constraint = c.identifier();
                boolean cascade = c.accept("cascade");
                if (!cascade) c.accept("restrict");
                return new AlterAction.DropConstraint(constraint, ifExists, cascade);
            }
            c.accept("column");
            boolean ifExists = c.accept("if", "exists");
            String column = c.identifier();
            boolean cascade = c.accept("cascade");
            if (!cascade) c.accept("restrict");
            return new AlterAction.DropColumn(column, ifExists, cascade);
        }
        if (c.accept("alter")) {
            c.accept("column");
            String column = c.identifier();
            if (c.accept("set", "data", "type") || c.accept("type")) {
                String typeName = c.slice(Set.of("using", "collate"));
                if (c.accept("collate")) c.qualifiedName();
                String using = c.accept("using") ? c.slice(Set.of()) : null;
                PgType type = PgTypes.byName(typeName);
                return new AlterAction.AlterColumnType(column, typeName, type == null ? 0 : type.oid(),
                        type == null ? -1 : PgTypes.typmodOf(typeName), using);
            }
            if (c.accept("set", "default")) return new AlterAction.SetDefault(column, c.slice(Set.of()));
            if (c.accept("drop", "default")) return new AlterAction.SetDefault(column, null);
            if (c.accept("set", "not", "null")) return new AlterAction.SetNotNull(column, true);
            if (c.accept("drop", "not", "null")) return new AlterAction.SetNotNull(column, false);
            return null;
        }
        if (c.accept("set", "schema")) return new AlterAction.SetSchema(c.identifier());
        if (c.accept("replica", "identity")) {
            if (c.accept("default")) return new AlterAction.ReplicaIdentity('d', null);
            if (c.accept("full")) return new AlterAction.ReplicaIdentity('f', null);
            if (c.accept("nothing")) return new AlterAction.ReplicaIdentity('n', null);
            c.expect("using", "index");
            return new AlterAction.ReplicaIdentity('i', c.identifier());
        }
        return null;
    }
}
