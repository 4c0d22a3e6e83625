package dev.impostgres.conformance.pgoutput;

import dev.impostgres.conformance.pgoutput.PgOutputMessage.TupleValue;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a stream of pgoutput messages into normalized, comparable lines: LSNs, xids and timestamps are dropped,
 * relation OIDs are replaced by the schema-qualified name from the preceding Relation message, user type OIDs
 * (at or above 16384) by the name from the preceding Type message. Built-in type OIDs are kept: they must match.
 * Stateful (one instance per stream), like a real consumer's relation cache.
 */
public final class ChangeRenderer {

    private static final int FIRST_NORMAL_OBJECT_ID = 16384;

    private final Map<Integer, String> relations = new HashMap<>();
    private final Map<Integer, String> types = new HashMap<>();

    public String render(PgOutputMessage message) {
        // Java 17 has no pattern switch: instanceof over the sealed family, one arm per message.
        if (message instanceof PgOutputMessage.Begin) {
            return "BEGIN";
        } else if (message instanceof PgOutputMessage.Commit c) {
            return "COMMIT flags=" + c.flags();
        } else if (message instanceof PgOutputMessage.Origin o) {
            return "ORIGIN " + o.name();
        } else if (message instanceof PgOutputMessage.Type t) {
            types.put(t.typeOid(), t.namespace() + "." + t.name());
            return "TYPE " + t.namespace() + "." + t.name();
        } else if (message instanceof PgOutputMessage.Relation r) {
            relations.put(r.relationOid(), r.namespace() + "." + r.name());
            return "RELATION " + r.namespace() + "." + r.name() + " replica-identity=" + r.replicaIdentity()
                    + " columns=[" + r.columns().stream().map(this::column).collect(Collectors.joining(", ")) + "]";
        } else if (message instanceof PgOutputMessage.Insert i) {
            return "INSERT " + relation(i.relationOid()) + " new=" + tuple(i.newTuple());
        } else if (message instanceof PgOutputMessage.Update u) {
            return "UPDATE " + relation(u.relationOid())
                    + (u.oldKind() == 'K' ? " key=" + tuple(u.oldTuple()) : "")
                    + (u.oldKind() == 'O' ? " old=" + tuple(u.oldTuple()) : "")
                    + " new=" + tuple(u.newTuple());
        } else if (message instanceof PgOutputMessage.Delete d) {
            return "DELETE " + relation(d.relationOid()) + (d.oldKind() == 'K' ? " key=" : " old=")
                    + tuple(d.oldTuple());
        } else if (message instanceof PgOutputMessage.Truncate t) {
            return "TRUNCATE " + t.relationOids().stream().map(this::relation).collect(Collectors.joining(", ", "[", "]"))
                    + ((t.options() & 1) != 0 ? " cascade" : "") + ((t.options() & 2) != 0 ? " restart-identity" : "");
        } else if (message instanceof PgOutputMessage.Message m) {
            return "MESSAGE " + ((m.flags() & 1) != 0 ? "transactional" : "non-transactional")
                    + " prefix=" + m.prefix() + " content=" + new String(m.content(), StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("unhandled pgoutput message " + message);
    }

    private String column(PgOutputMessage.RelationColumn c) {
        String type = c.typeOid() >= FIRST_NORMAL_OBJECT_ID
                ? types.getOrDefault(c.typeOid(), "<user-type>") : Integer.toString(c.typeOid());
        return c.name() + ":" + type + ":" + c.typmod() + (c.key() ? ":key" : "");
    }

    private String relation(int oid) {
        return relations.getOrDefault(oid, "<relation without Relation message>");
    }

    private static String tuple(List<TupleValue> values) {
        return values.stream().map(ChangeRenderer::value).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String value(TupleValue v) {
        if (v instanceof TupleValue.Null) {
            return "NULL";
        } else if (v instanceof TupleValue.UnchangedToast) {
            return "UNCHANGED-TOAST";
        } else if (v instanceof TupleValue.Text t) {
            return "'" + t.value().replace("'", "''") + "'";
        } else if (v instanceof TupleValue.Binary b) {
            return "binary:" + HexFormat.of().formatHex(b.value());
        }
        throw new IllegalArgumentException("unhandled TupleData value " + v);
    }
}
