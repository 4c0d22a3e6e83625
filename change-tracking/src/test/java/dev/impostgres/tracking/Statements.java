package dev.impostgres.tracking;

import dev.impostgres.translator.CommandTag;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.types.PgType;
import java.util.List;
import java.util.Locale;

/** Builds PgStatement.Sql records the way the translator would, for SQL that needs no translation. */
final class Statements {
    private Statements() {}

    static PgStatement.Sql query(String sql) {
        return new PgStatement.Sql(sql, sql, CommandTag.SELECT, true, false, List.of(), null);
    }

    static PgStatement.Sql query(String sql, List<PgType> columnTypes) {
        return new PgStatement.Sql(sql, sql, CommandTag.SELECT, true, false, List.of(), columnTypes);
    }

    /** A writing statement; the tag comes from its leading keywords (good enough for tests). */
    static PgStatement.Sql write(String sql) {
        String upper = sql.trim().toUpperCase(Locale.ROOT);
        CommandTag tag = upper.startsWith("INSERT") ? CommandTag.INSERT
                : upper.startsWith("UPDATE") ? CommandTag.UPDATE
                : upper.startsWith("DELETE") ? CommandTag.DELETE
                : CommandTag.plain(String.join(" ", List.of(upper.split("\\s+")).subList(0, 2)));
        return new PgStatement.Sql(sql, sql, tag, upper.contains("RETURNING"), true, List.of(), null);
    }

    static long count(Session session, String table) {
        return (Long) session.execute(query("SELECT count(*) FROM " + table), List.of()).rows().get(0)[0];
    }
}
