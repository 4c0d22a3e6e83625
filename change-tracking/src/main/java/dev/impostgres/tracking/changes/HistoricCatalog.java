package dev.impostgres.tracking.changes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The read side of {@link CatalogHistory}: relation and publication definitions as of a change's seq, kept in memory
 * and loaded incrementally (versions are only appended, in commit order, so {@code id > last loaded} is all that is
 * new). Shared by every decoder of one database; a reader whose snapshot is older than what was loaded is unaffected,
 * because a version only applies to changes made after it.
 */
public final class HistoricCatalog {
    private static final JsonFactory JSON = new JsonFactory();

    /** A publication as it was: what it includes and which operations it publishes. */
    public record Publication(boolean allTables, Set<RowChange.Op> ops, Set<Integer> relations, Set<String> schemas) {
        public boolean includes(RelationDescription relation) {
            return allTables || relations.contains(relation.oid()) || schemas.contains(relation.namespace());
        }
    }

    private final Map<String, TreeMap<Long, Optional<RelationDescription>>> relations = new HashMap<>();
    private final Map<String, TreeMap<Long, Optional<Publication>>> publications = new HashMap<>();
    /** Seqs at which any publication changed: Postgres then invalidates every relation's pgoutput cache entry. */
    private final java.util.TreeSet<Long> publicationChanges = new java.util.TreeSet<>();
    private long loadedId;

    /** Loads the versions committed since the last call, as {@code connection}'s snapshot sees them. */
    public synchronized void refresh(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, seq, kind, name, body FROM _pg_catalog_versions WHERE id > ? ORDER BY id")) {
            ps.setLong(1, loadedId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    loadedId = rs.getLong(1);
                    long seq = rs.getLong(2);
                    String name = rs.getString(4), body = rs.getString(5);
                    if (rs.getString(3).charAt(0) == CatalogHistory.RELATION) {
                        relations.computeIfAbsent(name, n -> new TreeMap<>())
                                .put(seq, Optional.ofNullable(body).map(b -> decodeRelation(name, b)));
                    } else {
                        publicationChanges.add(seq);
                        publications.computeIfAbsent(name, n -> new TreeMap<>())
                                .put(seq, Optional.ofNullable(body).map(HistoricCatalog::decodePublication));
                    }
                }
            }
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("no such table")) throw e; // a file from before history
        }
    }

    /**
     * The relation stored as {@code storageName} as the change with seq {@code seq} saw it: present, empty when it
     * did not exist then, or null when the history does not know it (then today's catalog is the best answer).
     */
    public synchronized Optional<RelationDescription> relation(String storageName, long seq) {
        return asOf(relations.get(storageName), seq);
    }

    /** Publication {@code name} as of change {@code seq}, empty when it did not exist then, null when unknown. */
    public synchronized Optional<Publication> publication(String name, long seq) {
        return asOf(publications.get(name), seq);
    }

    /**
     * Whether a catalog change that makes pgoutput send a relation's description again happened after change
     * {@code sentSeq} and before change {@code seq}: a version of the relation itself (any DDL touching it), or a
     * change to any publication (pgoutput's publication callbacks invalidate every entry of its relation cache).
     */
    public synchronized boolean invalidatedBetween(String storageName, long sentSeq, long seq) {
        if (sentSeq >= seq) return false;
        TreeMap<Long, Optional<RelationDescription>> versions = relations.get(storageName);
        if (versions != null && !versions.subMap(sentSeq, true, seq, false).isEmpty()) return true;
        return !publicationChanges.subSet(sentSeq, true, seq, false).isEmpty();
    }

    /** Whether the history knows publication {@code name} at all (it may have been dropped since). */
    public synchronized boolean knowsPublication(String name) {
        return publications.containsKey(name);
    }

    /** A version written at seq V applies to changes made after it, seq > V. */
    private static <T> Optional<T> asOf(TreeMap<Long, Optional<T>> versions, long seq) {
        if (versions == null) return null;
        Map.Entry<Long, Optional<T>> entry = versions.lowerEntry(seq);
        return entry == null ? null : entry.getValue();
    }

    static String encodeRelation(RelationDescription relation) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("oid", relation.oid());
            g.writeStringField("namespace", relation.namespace());
            g.writeStringField("name", relation.name());
            g.writeStringField("identity", String.valueOf(relation.replicaIdentity()));
            g.writeArrayFieldStart("columns");
            for (RelationColumn c : relation.columns()) {
                g.writeStartArray();
                g.writeString(c.name());
                g.writeNumber(c.type().oid());
                g.writeString(c.type().name());
                g.writeNumber(c.typmod());
                g.writeBoolean(c.key());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static RelationDescription decodeRelation(String storageName, String json) {
        try (JsonParser p = JSON.createParser(json)) {
            int oid = 0;
            String namespace = null, name = null;
            char identity = 'd';
            List<RelationColumn> columns = new ArrayList<>();
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "oid" -> oid = p.getIntValue();
                    case "namespace" -> namespace = p.getText();
                    case "name" -> name = p.getText();
                    case "identity" -> identity = p.getText().charAt(0);
                    case "columns" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            p.nextToken();
                            String column = p.getText();
                            p.nextToken();
                            int typeOid = p.getIntValue();
                            p.nextToken();
                            String typeName = p.getText();
                            p.nextToken();
                            int typmod = p.getIntValue();
                            p.nextToken();
                            boolean key = p.getBooleanValue();
                            p.nextToken(); // END_ARRAY
                            PgType type = PgTypes.byOid(typeOid);
                            columns.add(new RelationColumn(column, type != null ? type : new PgType(typeOid, typeName, (short) -1, 0, 0),
                                    typmod, key));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new RelationDescription(oid, namespace, name, storageName, identity, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt relation version in the catalog history", e);
        }
    }

    static String encodePublication(boolean allTables, String ops, List<Long> relations, List<String> schemas) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeBooleanField("all", allTables);
            g.writeStringField("ops", ops);
            g.writeArrayFieldStart("relations");
            for (long r : relations) g.writeNumber(r);
            g.writeEndArray();
            g.writeArrayFieldStart("schemas");
            for (String s : schemas) g.writeString(s);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Publication decodePublication(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            boolean all = false;
            Set<RowChange.Op> ops = EnumSet.noneOf(RowChange.Op.class);
            Set<Integer> relations = new LinkedHashSet<>();
            Set<String> schemas = new LinkedHashSet<>();
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "all" -> all = p.getBooleanValue();
                    case "ops" -> {
                        for (char c : p.getText().toCharArray()) ops.add(op(c));
                    }
                    case "relations" -> {
                        while (p.nextToken() == JsonToken.VALUE_NUMBER_INT) relations.add(p.getIntValue());
                    }
                    case "schemas" -> {
                        while (p.nextToken() == JsonToken.VALUE_STRING) schemas.add(p.getText());
                    }
                    default -> p.skipChildren();
                }
            }
            return new Publication(all, ops, relations, schemas);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt publication version in the catalog history", e);
        }
    }

    private static RowChange.Op op(char c) {
        return switch (c) {
            case 'I' -> RowChange.Op.INSERT;
            case 'U' -> RowChange.Op.UPDATE;
            case 'D' -> RowChange.Op.DELETE;
            default -> RowChange.Op.TRUNCATE;
        };
    }
}
