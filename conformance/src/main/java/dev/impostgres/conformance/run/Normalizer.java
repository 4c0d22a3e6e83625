package dev.impostgres.conformance.run;

import dev.impostgres.conformance.client.QueryResult;
import dev.impostgres.conformance.client.ResultPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a statement's result as comparable text, normalizing only what legitimately differs between two
 * correct servers. The complete list (also in conformance/README.md):
 * <ol>
 *   <li>a RowDescription type OID at or above 16384 (a user-defined type) prints as {@code <user-type>};</li>
 *   <li>values of type oid (26) at or above 16384 (user objects) print as {@code <user-oid>};</li>
 *   <li>values of type xid (28), xid8 (5069) print as {@code <xid>}, pg_lsn (3220) as {@code <lsn>};</li>
 *   <li>values in columns named after clock, process or transaction-id functions ({@link #VOLATILE_COLUMNS}) and in
 *       columns a case names with {@code -- mask-column:} print as {@code <masked>}.</li>
 * </ol>
 * Nothing else: command tags, column names, typmods, values, SQLSTATEs, messages and statuses compare verbatim.
 */
public final class Normalizer {

    static final int FIRST_NORMAL_OBJECT_ID = 16384;
    static final Set<String> VOLATILE_COLUMNS = Set.of("now", "current_timestamp", "statement_timestamp",
            "clock_timestamp", "transaction_timestamp", "localtimestamp", "current_time", "localtime",
            "pg_backend_pid", "txid_current", "pg_current_xact_id", "pg_postmaster_start_time", "pg_conf_load_time");

    private final Set<String> maskedColumns;

    public Normalizer(List<String> maskedColumns) {
        this.maskedColumns = maskedColumns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** Result lines followed by {@code status X}; one line per column list, row, tag or error. */
    public String render(QueryResult result) {
        List<String> lines = new ArrayList<>();
        for (ResultPart part : result.parts()) {
            if (part instanceof ResultPart.Rows rows) {
                lines.add("columns " + rows.columns().stream().map(Normalizer::column).collect(Collectors.joining(", ")));
                for (List<String> row : rows.rows()) {
                    lines.add("row " + row(rows.columns(), row));
                }
                lines.add(rows.commandTag());
            } else if (part instanceof ResultPart.Command command) {
                lines.add(command.commandTag());
            } else if (part instanceof ResultPart.Error error) {
                lines.add("ERROR " + error.sqlState() + " " + error.message());
            } else if (part instanceof ResultPart.EmptyQuery) {
                lines.add("empty query");
            }
        }
        lines.add("status " + result.transactionStatus());
        return String.join("\n", lines);
    }

    private static String column(ResultPart.Column c) {
        String type = c.typeOid() >= FIRST_NORMAL_OBJECT_ID ? "<user-type>" : Integer.toString(c.typeOid());
        return c.name() + ":" + type + ":" + c.typmod();
    }

    private String row(List<ResultPart.Column> columns, List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ResultPart.Column column = i < columns.size() ? columns.get(i) : new ResultPart.Column("?", 0, -1);
            out.add(value(column, values.get(i)));
        }
        return out.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    String value(ResultPart.Column column, String value) {
        if (value == null) {
            return "NULL";
        }
        String name = column.name().toLowerCase(Locale.ROOT);
        if (VOLATILE_COLUMNS.contains(name) || maskedColumns.contains(name)) {
            return "<masked>";
        }
        switch (column.typeOid()) {
            case 26:
                if (value.matches("\\d+") && Long.parseLong(value) >= FIRST_NORMAL_OBJECT_ID) {
                    return "<user-oid>";
                }
                break;
            case 28:
            case 5069:
                return "<xid>";
            case 3220:
                return "<lsn>";
            default:
                break;
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
