package dev.impostgres.replication.pgoutput;

import dev.impostgres.replication.command.ReplicationCommand.GenericOption;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * START_REPLICATION's pgoutput options, checked as pgoutput.c's parse_output_parameters and pgoutput_startup check
 * them (Postgres 17: proto_version 1–4). {@code streaming} is accepted as Postgres accepts it: a transaction is only
 * streamed in progress once it outgrows logical_decoding_work_mem, and never streaming is a valid outcome.
 */
public record PgOutputOptions(int protoVersion, List<String> publicationNames, boolean binary, boolean messages,
                              Streaming streaming, boolean twoPhase, String origin) {

    public enum Streaming { OFF, ON, PARALLEL }

    public PgOutputOptions {
        publicationNames = List.copyOf(publicationNames);
    }

    public static PgOutputOptions parse(List<GenericOption> options) {
        Integer proto = null;
        List<String> publications = null;
        boolean binary = false, messages = false, twoPhase = false;
        Streaming streaming = Streaming.OFF;
        String origin = "any";
        Set<String> seen = new HashSet<>();
        for (GenericOption o : options) {
            if (!seen.add(o.name()) && isKnown(o.name())) throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options");
            switch (o.name()) {
                case "proto_version" -> {
                    try {
                        proto = Integer.parseInt(o.value() == null ? "" : o.value().trim());
                    } catch (NumberFormatException e) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid proto_version");
                    }
                }
                case "publication_names" -> publications = splitIdentifiers(o.value());
                case "binary" -> binary = bool(o);
                case "messages" -> messages = bool(o);
                case "two_phase" -> twoPhase = bool(o);
                case "streaming" -> {
                    if (o.value() != null && o.value().equalsIgnoreCase("parallel")) {
                        streaming = Streaming.PARALLEL;
                    } else {
                        Boolean b = o.value() == null ? Boolean.TRUE : parseBool(o.value());
                        if (b == null) {
                            throw PgException.of(SqlState.SYNTAX_ERROR, "%s requires a Boolean value or \"parallel\"", o.name());
                        }
                        streaming = b ? Streaming.ON : Streaming.OFF;
                    }
                }
                case "origin" -> {
                    origin = o.value() == null ? "" : o.value().toLowerCase(Locale.ROOT);
                    if (!origin.equals("any") && !origin.equals("none")) {
                        throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "unrecognized origin value: \"%s\"", o.value());
                    }
                }
                default -> throw new PgException(SqlState.INTERNAL_ERROR, "unrecognized pgoutput option: " + o.name());
            }
        }
        // Postgres 17's wording (15 said "publication_names parameter missing" and "we only support").
        if (proto == null) throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "option \"proto_version\" missing");
        int version = proto;
        if (version < PgOutputWriter.MIN_PROTO_VERSION) {
            throw PgException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "client sent proto_version=%d but server only supports protocol %d or higher", version, PgOutputWriter.MIN_PROTO_VERSION);
        }
        if (version > PgOutputWriter.MAX_PROTO_VERSION) {
            throw PgException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "client sent proto_version=%d but server only supports protocol %d or lower", version, PgOutputWriter.MAX_PROTO_VERSION);
        }
        if (publications == null) throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "option \"publication_names\" missing");
        if (streaming == Streaming.ON && version < 2) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "requested proto_version=%d does not support streaming, need %d or higher", version, 2);
        }
        if (streaming == Streaming.PARALLEL && version < 4) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "requested proto_version=%d does not support parallel streaming, need %d or higher", version, 4);
        }
        if (twoPhase && version < 3) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "requested proto_version=%d does not support two-phase commit, need %d or higher", version, 3);
        }
        return new PgOutputOptions(version, publications, binary, messages, streaming, twoPhase, origin);
    }

    private static boolean isKnown(String name) {
        return Set.of("proto_version", "publication_names", "binary", "messages", "two_phase", "streaming", "origin").contains(name);
    }

    private static boolean bool(GenericOption o) {
        Boolean b = o.value() == null ? Boolean.TRUE : parseBool(o.value());
        if (b == null) throw PgException.of(SqlState.SYNTAX_ERROR, "%s requires a Boolean value", o.name());
        return b;
    }

    private static Boolean parseBool(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) return null;
        if ("true".startsWith(v) || "yes".startsWith(v) || v.equals("1") || v.equals("on")) return Boolean.TRUE;
        if ("false".startsWith(v) || "no".startsWith(v) || v.equals("0") || (v.length() >= 2 && "off".startsWith(v))) return Boolean.FALSE;
        return null;
    }

    /** SplitIdentifierString(value, ','): bare names down-cased, "quoted" kept, whitespace around ignored. */
    static List<String> splitIdentifiers(String value) {
        List<String> names = new ArrayList<>();
        String s = value == null ? "" : value;
        int i = 0, n = s.length();
        while (true) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            StringBuilder name = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) throw invalidNames();
                    if (s.charAt(i) == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') { name.append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    name.append(s.charAt(i++));
                }
            } else {
                while (i < n && s.charAt(i) != ',' && !Character.isWhitespace(s.charAt(i))) name.append(s.charAt(i++));
                if (name.length() == 0) throw invalidNames();
                name = new StringBuilder(name.toString().toLowerCase(Locale.ROOT));
            }
            if (name.length() == 0) throw invalidNames();
            names.add(name.toString());
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (i == n) return names;
            if (s.charAt(i++) != ',') throw invalidNames();
        }
    }

    private static PgException invalidNames() {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid publication_names syntax");
    }
}
