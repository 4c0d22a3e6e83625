package dev.impostgres.translator.ddl;

import dev.impostgres.translator.ddl.DdlCommand.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the DDL statements that change-tracking runs against its schema metadata. Returns null for a statement
 * that is not one of them (it then goes to SQLite as translated, e.g. CREATE TABLE … AS, CREATE TRIGGER).
 */
public final class DdlParser {
    private DdlParser() {}

    public static DdlCommand parse(String source) {
        Cursor c = new Cursor(source);
        DdlCommand command;
        if (c.accept("create", "publication")) command = PublicationParser.create(c);
        else if (c.accept("alter", "publication")) command = PublicationParser.alter(c);
        else if (c.accept("drop", "publication")) command = PublicationParser.drop(c);
        else if (c.accept("create")) command = create(c);
        else if (c.accept("drop", "trigger")) {
            boolean ifExists = c.accept("if", "exists");
            String name = c.identifier();
            c.expect("on");
            QualifiedName table = c.qualifiedName();
            if (!c.accept("cascade")) c.accept("restrict");
            command = new DdlCommand.DropTrigger(name, table, ifExists);
        } else if (c.accept("drop", "event", "trigger")) {
            boolean ifExists = c.accept("if", "exists");
            String name = c.identifier();
            if (!c.accept("cascade")) c.accept("restrict");
            command = new DdlCommand.DropEventTrigger(name, ifExists);
        } else if (c.accept("drop", "function") || c.accept("drop", "procedure") || c.accept("drop", "routine")) {
            boolean ifExists = c.accept("if", "exists");
            List<DdlCommand.DropFunction.Routine> functions = new ArrayList<>();
            do {
                QualifiedName name = c.qualifiedName();
                functions.add(new DdlCommand.DropFunction.Routine(name, c.isPunct("(") ? c.balancedParenthesized() : null));
            } while (c.accept(","));
            if (!c.accept("cascade")) c.accept("restrict");
            command = new DdlCommand.DropFunction(functions, ifExists);
        } else if (c.accept("drop")) command = drop(c);
        else if (c.accept("alter", "table")) command = AlterTableParser.parse(c);
        else if (c.accept("alter", "type")) command = alterEnum(c);
        else if (c.accept("alter", "sequence")) {
            boolean ifExists = c.accept("if", "exists");
            command = new DdlCommand.AlterSequence(c.qualifiedName(), ifExists, SequenceOptionsParser.parse(c));
        } else if (c.accept("truncate")) command = truncate(c);
        else if (c.accept("comment", "on")) command = comment(c);
        else return null;
        if (command != null) c.expectEnd();
        return command;
    }

    /** ALTER TYPE … ADD VALUE / RENAME VALUE (the enum forms); null for other ALTER TYPE forms. */
    private static DdlCommand alterEnum(Cursor c) {
        QualifiedName name = c.qualifiedName();
        if (c.accept("add", "value")) {
            boolean ifNotExists = c.accept("if", "not", "exists");
            String label = c.stringLiteral();
            boolean before = c.accept("before");
            String neighbor = before || c.accept("after") ? c.stringLiteral() : null;
            return new DdlCommand.AlterEnum(name, label, ifNotExists, neighbor, before, null);
        }
        if (c.accept("rename", "value")) {
            String from = c.stringLiteral();
            c.expect("to");
            return new DdlCommand.AlterEnum(name, c.stringLiteral(), false, null, false, from);
        }
        return null;
    }

    private static final java.util.regex.Pattern WITH_DATA = java.util.regex.Pattern.compile(
            "(?is)\\s+with\\s+(no\\s+)?data\\s*;?\\s*$");

    /** CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name [(columns)] AS query [WITH [NO] DATA]; else null. */
    public static DdlCommand.CreateTableAs createTableAs(String source) {
        Cursor c = new Cursor(source);
        if (!c.accept("create")) return null;
        boolean temporary = c.accept("temporary") || c.accept("temp");
        if (!temporary) c.accept("unlogged");
        if (!c.accept("table")) return null;
        boolean ifNotExists = c.accept("if", "not", "exists");
        QualifiedName name = c.qualifiedName();
        List<String> columns = c.isPunct("(") ? c.identifierList() : List.of();
        if (!c.accept("as") || c.is("execute")) return null;
        String query = c.rest();
        java.util.regex.Matcher m = WITH_DATA.matcher(query);
        boolean withData = true;
        if (m.find()) {
            withData = m.group(1) == null;
            query = query.substring(0, m.start());
        }
        return new DdlCommand.CreateTableAs(name, ifNotExists, temporary, columns, query, withData);
    }

    /** SELECT … INTO [TEMP|UNLOGGED] [TABLE] name … as the CREATE TABLE AS it means; else null. */
    public static DdlCommand.CreateTableAs selectInto(String source) {
        List<dev.impostgres.translator.sql.Token> tokens = new ArrayList<>();
        for (dev.impostgres.translator.sql.Token t : dev.impostgres.translator.sql.Lexer.tokenize(source)) {
            if (!t.isTrivia()) tokens.add(t);
        }
        if (tokens.isEmpty() || !tokens.get(0).is("select")) return null;
        int depth = 0, into = -1;
        for (int k = 0; k < tokens.size() && into < 0; k++) {
            dev.impostgres.translator.sql.Token t = tokens.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && t.is("into")) into = k;
        }
        if (into < 0) return null;
        int k = into + 1;
        boolean temporary = false;
        if (k < tokens.size() && (tokens.get(k).is("temporary") || tokens.get(k).is("temp"))) {
            temporary = true;
            k++;
        } else if (k < tokens.size() && tokens.get(k).is("unlogged")) k++;
        if (k < tokens.size() && tokens.get(k).is("table")) k++;
        if (k >= tokens.size()) return null;
        String first = tokens.get(k).identifier(), schema = null;
        if (k + 2 < tokens.size() && tokens.get(k + 1).isPunct(".")) {
            schema = first;
            first = tokens.get(k + 2).identifier();
            k += 2;
        }
        String query = source.substring(0, tokens.get(into).start()) + source.substring(tokens.get(k).end());
        return new DdlCommand.CreateTableAs(new QualifiedName(schema, first), false, temporary, List.of(), query, true);
    }

    private static DdlCommand create(Cursor c) {
        boolean orReplace = c.accept("or", "replace");
        boolean temporary = c.accept("temporary") || c.accept("temp");
        if (!temporary) c.accept("unlogged");
        if (c.accept("table")) return createTable(c, temporary);
        if (c.accept("schema")) {
            boolean ifNotExists = c.accept("if", "not", "exists");
            String name = c.identifier();
            if (c.accept("authorization")) c.identifier();
            return new DdlCommand.CreateSchema(name, ifNotExists);
        }
        if (c.accept("sequence")) {
            boolean ifNotExists = c.accept("if", "not", "exists");
            return new DdlCommand.CreateSequence(c.qualifiedName(), ifNotExists, SequenceOptionsParser.parse(c));
        }
        if (c.is("view")) {
            c.next();
            QualifiedName name = c.qualifiedName();
            List<String> columns = c.isPunct("(") ? c.identifierList() : List.of();
            c.expect("as");
            return new DdlCommand.CreateView(name, orReplace, temporary, columns, c.rest());
        }
        if (c.accept("function")) return RoutineParser.function(c, orReplace);
        if (c.accept("domain")) return createDomain(c);
        if (c.accept("event", "trigger")) return RoutineParser.eventTrigger(c);
        c.accept("constraint");
        if (c.accept("trigger")) return RoutineParser.trigger(c, orReplace);
        boolean unique = c.accept("unique");
        if (c.accept("index")) return createIndex(c, unique);
        if (c.accept("type")) {
            QualifiedName name = c.qualifiedName();
            if (!c.accept("as", "enum")) return null;
            c.expect("(");
            List<String> labels = new ArrayList<>();
            if (!c.isPunct(")")) {
                do labels.add(c.stringLiteral()); while (c.accept(","));
            }
            c.expect(")");
            return new DdlCommand.CreateEnum(name, labels);
        }
        return null;
    }

    /** CREATE DOMAIN name [AS] type [COLLATE c] [DEFAULT expr] [[CONSTRAINT name] NOT NULL | NULL | CHECK (expr)] …. */
    private static DdlCommand createDomain(Cursor c) {
        QualifiedName name = c.qualifiedName();
        c.accept("as");
        String typeName = c.slice(DOMAIN_STOP);
        dev.impostgres.translator.types.PgType type = dev.impostgres.translator.types.PgTypes.byName(typeName);
        int typmod = type == null ? -1 : dev.impostgres.translator.types.PgTypes.typmodOf(typeName);
        String defaultExpr = null;
        boolean notNull = false;
        List<DdlCommand.CreateDomain.Check> checks = new ArrayList<>();
        while (!c.atEnd()) {
            String constraintName = c.accept("constraint") ? c.identifier() : null;
            if (c.accept("not", "null")) notNull = true;
            else if (c.accept("null")) notNull = false;
            else if (constraintName == null && c.accept("default")) defaultExpr = c.slice(DOMAIN_STOP);
            else if (constraintName == null && c.accept("collate")) c.qualifiedName();
            else {
                c.expect("check");
                checks.add(new DdlCommand.CreateDomain.Check(constraintName, c.parenthesized().trim()));
            }
        }
        return new DdlCommand.CreateDomain(name, typeName.trim(), type == null ? 0 : type.oid(), typmod, defaultExpr,
                notNull, List.copyOf(checks));
    }

    private static final Set<String> DOMAIN_STOP = Set.of("not", "null", "check", "constraint", "default", "collate");

    private static DdlCommand createTable(Cursor c, boolean temporary) {
        boolean ifNotExists = c.accept("if", "not", "exists");
        QualifiedName name = c.qualifiedName();
        if (!c.isPunct("(")) return null; // CREATE TABLE … AS / OF / PARTITION OF: not here
        c.expect("(");
        List<ColumnDef> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        QualifiedName like = null;
        boolean likeDefaults = false;
        if (!c.isPunct(")")) {
            do {
                if (ColumnParser.startsTableConstraint(c)) constraints.add(ColumnParser.tableConstraint(c));
                else if (c.accept("like")) {
                    like = c.qualifiedName();
                    while (c.is("including") || c.is("excluding")) {
                        boolean including = c.accept("including");
                        if (!including) c.expect("excluding");
                        String option = c.identifier().toLowerCase(java.util.Locale.ROOT);
                        if (option.equals("defaults")) likeDefaults = including;
                        else if (including && LIKE_NOT_COPIED.contains(option)) {
                            // a key or check silently not copied would be a wrong answer later
                            throw new dev.impostgres.translator.error.PgException(
                                    dev.impostgres.translator.error.SqlState.FEATURE_NOT_SUPPORTED,
                                    "CREATE TABLE … LIKE … INCLUDING " + option.toUpperCase(java.util.Locale.ROOT)
                                            + " is not supported");
                        }
                    }
                } else columns.add(ColumnParser.column(c));
            } while (c.accept(","));
        }
        c.expect(")");
        String onCommit = null;
        if (c.accept("on", "commit")) {
            if (c.accept("preserve", "rows")) onCommit = "preserve";
            else if (c.accept("delete", "rows")) onCommit = "delete";
            else {
                c.expect("drop");
                onCommit = "drop";
            }
        }
        if (!c.atEnd()) return null; // INHERITS, PARTITION BY, WITH (…), TABLESPACE: passed through
        return new DdlCommand.CreateTable(name, ifNotExists, temporary, columns, constraints, like, likeDefaults,
                onCommit);
    }

    /** LIKE options whose copies are not made (comments, storage, compression and statistics have nothing to copy). */
    private static final Set<String> LIKE_NOT_COPIED = Set.of("constraints", "indexes", "identity", "generated", "all");

    private static DdlCommand createIndex(Cursor c, boolean unique) {
        c.accept("concurrently");
        boolean ifNotExists = c.accept("if", "not", "exists");
        String name = c.is("on") ? null : c.identifier();
        c.expect("on");
        c.accept("only");
        QualifiedName table = c.qualifiedName();
        String method = c.accept("using") ? c.identifier().toLowerCase(java.util.Locale.ROOT) : "btree";
        c.expect("(");
        List<DdlCommand.IndexElement> elements = new ArrayList<>();
        do elements.add(indexElement(c)); while (c.accept(","));
        c.expect(")");
        List<String> include = c.accept("include") ? c.identifierList() : List.of();
        if (c.accept("nulls", "not", "distinct")) { // silently letting NULLs repeat would be a wrong answer
            throw new dev.impostgres.translator.error.PgException(
                    dev.impostgres.translator.error.SqlState.FEATURE_NOT_SUPPORTED,
                    "CREATE INDEX … NULLS NOT DISTINCT is not supported (a UNIQUE NULLS NOT DISTINCT constraint is)");
        }
        c.accept("nulls", "distinct");
        String predicate = c.accept("where") ? c.rest() : null;
        return new DdlCommand.CreateIndex(name, unique, ifNotExists, table, method, elements, include, predicate);
    }

    private static final java.util.regex.Pattern IDENT = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_$]*)\\s*\\(.*", java.util.regex.Pattern.DOTALL);

    private static final java.util.regex.Pattern CAST = java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_$]*)\\s*::\\s*[A-Za-z_][A-Za-z0-9_ ]*$");

    private static DdlCommand.IndexElement indexElement(Cursor c) {
        String text = c.isPunct("(") ? "(" + c.parenthesized() + ")" : c.slice(Set.of("asc", "desc", "nulls", "collate"));
        if (c.accept("collate")) c.identifier();
        String[] words = text.trim().split("\\s+");
        if (words.length == 2 && IDENT.matcher(words[0]).matches() && IDENT.matcher(words[1]).matches()) {
            text = words[0]; // an operator class (text_pattern_ops, jsonb_path_ops): SQLite has none
        }
        boolean descending = c.accept("desc");
        if (!descending) c.accept("asc");
        Boolean nullsFirst = c.accept("nulls", "first") ? Boolean.TRUE : c.accept("nulls", "last") ? Boolean.FALSE : null;
        String inner = text.trim();
        while (inner.startsWith("(") && inner.endsWith(")") && balanced(inner.substring(1, inner.length() - 1))) {
            inner = inner.substring(1, inner.length() - 1).trim();
        }
        String column = unquotedColumn(inner);
        if (column != null) return new DdlCommand.IndexElement(column, null, column, descending, nullsFirst);
        java.util.regex.Matcher call = CALL.matcher(inner);
        // FigureColname: a function call gives its name, a cast its operand's name, anything else "expr".
        java.util.regex.Matcher cast = CAST.matcher(inner);
        String hint = call.matches() ? call.group(1).toLowerCase(java.util.Locale.ROOT)
                : cast.matches() ? cast.group(1).toLowerCase(java.util.Locale.ROOT) : "expr";
        return new DdlCommand.IndexElement(null, inner, hint, descending, nullsFirst);
    }

    private static String unquotedColumn(String text) {
        if (IDENT.matcher(text).matches()) return text.toLowerCase(java.util.Locale.ROOT);
        if (text.length() > 2 && text.startsWith("\"") && text.endsWith("\"") && !text.substring(1, text.length() - 1).contains("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return null;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '(') depth++;
            else if (ch == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    private static DdlCommand drop(Cursor c) {
        ObjectKind kind;
        if (c.accept("table")) kind = ObjectKind.TABLE;
        else if (c.accept("view")) kind = ObjectKind.VIEW;
        else if (c.accept("index")) kind = ObjectKind.INDEX;
        else if (c.accept("sequence")) kind = ObjectKind.SEQUENCE;
        else if (c.accept("schema")) kind = ObjectKind.SCHEMA;
        else if (c.accept("type")) kind = ObjectKind.TYPE;
        else if (c.accept("domain")) kind = ObjectKind.DOMAIN;
        else return null;
        if (kind == ObjectKind.INDEX) c.accept("concurrently");
        boolean ifExists = c.accept("if", "exists");
        List<QualifiedName> names = c.qualifiedNames();
        boolean cascade = c.accept("cascade");
        if (!cascade) c.accept("restrict");
        return new DdlCommand.Drop(kind, names, ifExists, cascade);
    }

    private static DdlCommand truncate(Cursor c) {
        c.accept("table");
        List<QualifiedName> names = new ArrayList<>();
        do {
            c.accept("only");
            names.add(c.qualifiedName());
            c.accept("*");
        } while (c.accept(","));
        boolean restart = false;
        if (c.accept("restart", "identity")) restart = true;
        else c.accept("continue", "identity");
        boolean cascade = c.accept("cascade");
        if (!cascade) c.accept("restrict");
        return new DdlCommand.Truncate(names, restart, cascade);
    }

    private static DdlCommand comment(Cursor c) {
        ObjectKind kind;
        QualifiedName name;
        String column = null;
        if (c.accept("column")) {
            kind = ObjectKind.COLUMN;
            String a = c.identifier();
            c.expect(".");
            String b = c.identifier();
            if (c.accept(".")) {
                name = new QualifiedName(a, b);
                column = c.identifier();
            } else {
                name = QualifiedName.of(a);
                column = b;
            }
        } else {
            if (c.accept("table")) kind = ObjectKind.TABLE;
            else if (c.accept("view")) kind = ObjectKind.VIEW;
            else if (c.accept("sequence")) kind = ObjectKind.SEQUENCE;
            else if (c.accept("index")) kind = ObjectKind.INDEX;
            else if (c.accept("schema")) kind = ObjectKind.SCHEMA;
            else if (c.accept("type")) kind = ObjectKind.TYPE;
            else return null;
            name = c.qualifiedName();
        }
        c.expect("is");
        String text = c.accept("null") ? null : c.stringLiteral();
        return new DdlCommand.Comment(kind, name, column, text);
    }
}
