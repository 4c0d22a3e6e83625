package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * INSERT, UPDATE and DELETE through a simple view, as Postgres's automatically updatable views: a view that selects
 * plain columns of one table (no WHERE, joins, DISTINCT, grouping, set operations, LIMIT or expressions) writes that
 * table. The statement is rewritten to name the table (UPDATE/DELETE keep the view's name as the alias) and
 * translated again. SQLite's INSTEAD OF triggers would do the writes but report no changed rows, and the command tag
 * counts them. Writes to any other view fail with Postgres's 55000 (or 0A000 where Postgres could write it).
 */
public final class ViewWrites {
    private ViewWrites() {}

    private static final Set<String> NOT_SIMPLE = Set.of("distinct", "group", "having", "limit", "offset", "union",
            "intersect", "except", "join", "window", "order", "fetch", "with", "values");

    /** {@code statement} writing the table behind a simple view, or {@code statement} itself. */
    public static PgStatement.Sql rewrite(Connection connection, PgStatement.Sql statement) throws SQLException {
        String verb = statement.tag().verb();
        if (!(verb.equals("INSERT") || verb.equals("UPDATE") || verb.equals("DELETE"))) return statement;
        List<Token> tokens = Lexer.significant(Lexer.tokenize(statement.source()));
        int i = 0;
        if (tokens.isEmpty()) return statement;
        if (verb.equals("INSERT") && tokens.size() > 1 && tokens.get(1).is("into")) i = 2;
        else if (verb.equals("DELETE") && tokens.size() > 1 && tokens.get(1).is("from")) i = 2;
        else if (verb.equals("UPDATE")) i = 1;
        else return statement;
        if (!tokens.get(0).is(verb.toLowerCase(java.util.Locale.ROOT))) return statement; // WITH … : left alone
        if (i < tokens.size() && tokens.get(i).is("only")) i++;
        if (i >= tokens.size() || !isName(tokens.get(i))) return statement;
        int nameFrom = i;
        QualifiedName name = QualifiedName.of(tokens.get(i).identifier());
        if (i + 2 < tokens.size() && tokens.get(i + 1).isPunct(".") && isName(tokens.get(i + 2))) {
            name = new QualifiedName(tokens.get(i).identifier(), tokens.get(i + 2).identifier());
            i += 2;
        }
        Catalog catalog = new Catalog(connection, null);
        Relation view = catalog.relation(name);
        if (view == null || !view.kind().equals("v")) return statement;
        String action = verb.equals("INSERT") ? "insert into" : verb.equals("UPDATE") ? "update" : "delete from";
        Relation base = baseTable(catalog, view);
        if (base == null) { // Postgres may or may not write it (WHERE, renamed columns …): never a wrong answer
            throw PgException.of(SqlState.FEATURE_NOT_SUPPORTED, "cannot %s view \"%s\": only views selecting plain "
                    + "columns of one table, without WHERE, are writable", action, view.name());
        }
        String table = (base.schema().equals(QualifiedName.PUBLIC) ? "" : Catalog.quote(base.schema()) + ".")
                + Catalog.quote(base.name());
        String source = statement.source();
        StringBuilder b = new StringBuilder(source.substring(0, tokens.get(nameFrom).start())).append(table);
        int after = tokens.get(i).end();
        if (verb.equals("INSERT")) {
            boolean columnList = i + 1 < tokens.size() && tokens.get(i + 1).isPunct("(")
                    && !(i + 2 < tokens.size() && (tokens.get(i + 2).is("select") || tokens.get(i + 2).is("values")));
            if (!columnList) b.append(" (").append(String.join(", ", viewColumns(catalog, view))).append(")");
        } else {
            boolean aliased = i + 1 < tokens.size() && (tokens.get(i + 1).is("as")
                    || isName(tokens.get(i + 1)) && !tokens.get(i + 1).is("set") && !tokens.get(i + 1).is("where")
                    && !tokens.get(i + 1).is("returning") && !tokens.get(i + 1).is("using"));
            if (!aliased) b.append(" AS ").append(Catalog.quote(view.name()));
        }
        b.append(source.substring(after));
        String rewritten = b.toString();
        PgStatement.Sql fresh = new PgStatement.Sql(rewritten, rewritten, statement.tag(), statement.returnsRows(),
                statement.writes(), statement.parameterTypes(), statement.columnTypes());
        PgStatement.Sql translated = TypedTranslation.withColumnTypes(fresh, ColumnTypes.NONE);
        return new PgStatement.Sql(rewritten, translated.sqlite(), statement.tag(), statement.returnsRows(),
                statement.writes(), statement.parameterTypes(), statement.columnTypes());
    }

    /** The one table a simple view selects plain, unrenamed columns of; null when the view is not that simple. */
    private static Relation baseTable(Catalog catalog, Relation view) throws SQLException {
        String sql = catalog.queryString("SELECT sql FROM sqlite_schema WHERE type = 'view' AND name = ?",
                view.sqliteName());
        if (sql == null) return null;
        List<Token> tokens = Lexer.significant(Lexer.tokenize(sql));
        int as = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is("as")) {
                as = k;
                break;
            }
            if (tokens.get(k).isPunct("(")) return null; // a column list renames the columns
        }
        if (as < 0 || as + 1 >= tokens.size() || !tokens.get(as + 1).is("select")) return null;
        List<String> items = new ArrayList<>();
        int k = as + 2;
        boolean star = k < tokens.size() && tokens.get(k).isOperator("*");
        if (star) k++;
        while (!star && k < tokens.size() && isName(tokens.get(k)) && !tokens.get(k).is("from")) {
            items.add(tokens.get(k).identifier());
            k++;
            if (k < tokens.size() && tokens.get(k).isPunct(",")) k++;
            else break;
        }
        if (items.isEmpty() && !star || k >= tokens.size() || !tokens.get(k).is("from")) return null;
        k++;
        if (k >= tokens.size() || !isName(tokens.get(k))) return null;
        String table = tokens.get(k).identifier();
        k++;
        if (k < tokens.size() && tokens.get(k).is("as")) k += 2; // an alias of the one table is harmless
        else if (k < tokens.size() && isName(tokens.get(k)) && !tokens.get(k).is("where")) k++;
        if (k != tokens.size() && !(k == tokens.size() - 1 && tokens.get(k).isPunct(";"))) return null; // WHERE etc.
        for (Token t : tokens) if (t.kind() == Token.Kind.IDENT && NOT_SIMPLE.contains(t.identifier())) return null;
        Relation base = catalog.relationBySqliteName(table);
        if (base == null || !base.isTable()) return null;
        for (String item : items) {
            if (catalog.queryLong("SELECT 1 FROM _pg_attribute WHERE attrelid = ? AND attname = ?", base.oid(), item)
                    == null) {
                return null;
            }
        }
        return base;
    }

    private static List<String> viewColumns(Catalog catalog, Relation view) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Column c : catalog.columns(view.oid())) out.add(Catalog.quote(c.name()));
        return out;
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }
}
