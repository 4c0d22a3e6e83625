package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.Function;

/**
 * nextval(regclass), currval(regclass), setval(regclass, bigint [, boolean]) and lastval() on one connection: the
 * sequence row is read and advanced with a nested statement on the same connection (SQLite allows that from a
 * function), so it joins the statement's transaction. currval/lastval are per session, as in Postgres.
 */
public final class SequenceFunctions {
    private final Connection connection;
    private final SequenceHighWater highWater;
    private final Map<Long, Long> currentValues = new HashMap<>();
    private Long lastSequence;

    private SequenceFunctions(Connection connection, SequenceHighWater highWater) {
        this.connection = connection;
        this.highWater = highWater;
    }

    /** {@code highWater} is shared by all connections of one database. */
    public static void register(Connection connection, SequenceHighWater highWater) throws SQLException {
        SequenceFunctions f = new SequenceFunctions(connection, highWater);
        Function.create(connection, "nextval", f.function(args -> f.nextval(args)), 1, 0);
        Function.create(connection, "currval", f.function(args -> f.currval(args)), 1, 0);
        Function.create(connection, "setval", f.function(args -> f.setval(args, true)), 2, 0);
        Function.create(connection, "setval", f.function(args -> f.setval(args, args[2] != null
                && ((Long) args[2]) != 0)), 3, 0);
        Function.create(connection, "lastval", f.function(args -> f.lastval()), 0, 0);
        Function.create(connection, PgInFunction.NAME, new PgInFunction(connection), 3, Function.FLAG_DETERMINISTIC);
        DomainFunctions.register(connection);
    }

    private interface Body {
        Long apply(Object[] args) throws SQLException;
    }

    private Function function(Body body) {
        return new Function() {
            @Override
            protected void xFunc() throws SQLException {
                Object[] args = new Object[args()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = switch (value_type(i)) {
                        case 1 -> value_long(i);
                        case 5 -> null;
                        default -> value_text(i);
                    };
                }
                try {
                    Long v = body.apply(args);
                    if (v == null) result();
                    else result(v);
                } catch (PgException e) {
                    error(SchemaErrors.encode(e));
                } catch (org.sqlite.SQLiteException e) {
                    // A cancel interrupting our nested statement must still read as a cancel.
                    if ((e.getResultCode().code & 0xff) == 9) error("interrupted");
                    else throw e;
                }
            }
        };
    }

    record Seq(long oid, String name, long last, boolean called, long increment, long min, long max,
               boolean cycle, long generation) {}

    private Seq sequence(Object arg) throws SQLException {
        if (arg instanceof Long oid) return load(oid, String.valueOf(oid));
        String text = String.valueOf(arg);
        QualifiedName name = parseName(text);
        Relation rel = new Catalog(connection, null).relation(name);
        if (rel == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", text);
        if (!rel.kind().equals("S")) throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a sequence", rel.name());
        return load(rel.oid(), rel.name());
    }

    private Seq load(long oid, String name) throws SQLException {
        try (var ps = connection.prepareStatement("SELECT last_value, is_called, seqincrement, seqmin, seqmax, seqcycle, "
                + "seqgeneration FROM _pg_sequence WHERE seqrelid = ?")) {
            ps.setLong(1, oid);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name);
                return new Seq(oid, name, rs.getLong(1), rs.getInt(2) != 0, rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getInt(6) != 0, rs.getLong(7));
            }
        }
    }

    private Long nextval(Object[] args) throws SQLException {
        Seq s = highWater.adjust(sequence(args[0]));
        long next;
        if (!s.called()) next = s.last();
        else {
            try {
                next = Math.addExact(s.last(), s.increment());
            } catch (ArithmeticException overflow) {
                next = s.increment() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
                if (!s.cycle()) throw limit(s, s.increment() > 0);
            }
            if (next > s.max() || next < s.min()) {
                if (!s.cycle()) throw limit(s, next > s.max());
                next = s.increment() > 0 ? s.min() : s.max();
            }
        }
        store(s.oid(), next, true, false);
        highWater.handedOut(s, next);
        currentValues.put(s.oid(), next);
        lastSequence = s.oid();
        return next;
    }

    private static PgException limit(Seq s, boolean max) {
        return PgException.of(DdlStates.SEQUENCE_GENERATOR_LIMIT_EXCEEDED, "nextval: reached %s value of sequence \"%s\" (%d)",
                max ? "maximum" : "minimum", s.name(), max ? s.max() : s.min());
    }

    private Long currval(Object[] args) throws SQLException {
        Seq s = sequence(args[0]);
        Long v = currentValues.get(s.oid());
        if (v == null) {
            throw PgException.of(DdlStates.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "currval of sequence \"%s\" is not yet defined in this session", s.name());
        }
        return v;
    }

    private Long lastval() {
        if (lastSequence == null) {
            throw new PgException(DdlStates.OBJECT_NOT_IN_PREREQUISITE_STATE, "lastval is not yet defined in this session");
        }
        return currentValues.get(lastSequence);
    }

    private Long setval(Object[] args, boolean called) throws SQLException {
        Seq s = sequence(args[0]);
        if (args[1] == null) return null;
        long value = args[1] instanceof Long l ? l : Long.parseLong(args[1].toString().trim());
        if (value < s.min() || value > s.max()) {
            throw PgException.of("22003", "setval: value %d is out of bounds for sequence \"%s\" (%d..%d)", value,
                    s.name(), s.min(), s.max());
        }
        store(s.oid(), value, called, false);
        highWater.setval(s, value, called);
        if (called) {
            currentValues.put(s.oid(), value);
            lastSequence = s.oid();
        }
        return value;
    }

    private void store(long oid, long value, boolean called, boolean explicit) throws SQLException {
        try (var ps = connection.prepareStatement("UPDATE _pg_sequence SET last_value = ?, is_called = ?, "
                + "seqgeneration = seqgeneration + ? WHERE seqrelid = ?")) {
            ps.setLong(1, value);
            ps.setInt(2, called ? 1 : 0);
            ps.setInt(3, explicit ? 1 : 0);
            ps.setLong(4, oid);
            ps.executeUpdate();
        }
    }

    /** regclass input: name, schema.name, "Quoted".name. */
    static QualifiedName parseName(String text) {
        List<Token> tokens = Lexer.significant(Lexer.tokenize(text));
        if (tokens.size() == 3 && tokens.get(1).isPunct(".")) {
            return new QualifiedName(tokens.get(0).identifier(), tokens.get(2).identifier());
        }
        if (tokens.size() == 1) return QualifiedName.of(tokens.get(0).identifier());
        return QualifiedName.of(text);
    }
}
