package dev.impostgres.replication.command;

import static dev.impostgres.replication.command.ReplicationLexer.syntax;

import dev.impostgres.replication.command.ReplicationCommand.*;
import dev.impostgres.replication.command.ReplicationLexer.Kind;
import dev.impostgres.replication.command.ReplicationLexer.Token;
import dev.impostgres.tracking.changes.Lsn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the replication protocol's commands (Postgres 17 repl_gram.y) into {@link ReplicationCommand} records.
 * Every grammar failure is Postgres's bare {@code 42601 syntax error}; CREATE_REPLICATION_SLOT's options are
 * checked as walsender.c's parseCreateReplSlotOptions checks them, before anything else happens.
 *
 * <p>A query on a replication connection is a replication command only when its first token is one of the
 * command keywords, written in upper case; anything else (including {@code identify_system}) runs as SQL.
 */
public final class ReplicationCommandParser {
    private final List<Token> tokens;
    private int pos;

    private ReplicationCommandParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Whether the walsender's grammar handles this query (else it is plain SQL on the replication connection). */
    public static boolean isReplicationCommand(String query) {
        int i = 0;
        while (i < query.length() && ReplicationLexer.isSpace(query.charAt(i))) i++;
        int j = i;
        while (j < query.length() && (Character.isLetterOrDigit(query.charAt(j)) || query.charAt(j) == '_')) j++;
        return ReplicationLexer.COMMAND_KEYWORDS.contains(query.substring(i, j));
    }

    /** @throws dev.impostgres.translator.error.PgException 42601 (and 22023/XX000 for slot options, as Postgres) */
    public static ReplicationCommand parse(String query) {
        ReplicationCommandParser p = new ReplicationCommandParser(ReplicationLexer.scan(query));
        ReplicationCommand command = p.command();
        if (p.peekIs(Kind.PUNCT, ";")) p.pos++;
        if (p.pos != p.tokens.size()) throw syntax("syntax error");
        return command;
    }

    private ReplicationCommand command() {
        String keyword = expect(Kind.KEYWORD).text();
        return switch (keyword) {
            case "IDENTIFY_SYSTEM" -> new IdentifySystem();
            case "SHOW" -> new Show(varName());
            case "READ_REPLICATION_SLOT" -> new ReadReplicationSlot(varName());
            case "CREATE_REPLICATION_SLOT" -> createSlot();
            case "DROP_REPLICATION_SLOT" -> new DropReplicationSlot(ident(), acceptKeyword("WAIT"));
            case "ALTER_REPLICATION_SLOT" -> new AlterReplicationSlot(ident(), parenthesizedOptions());
            case "START_REPLICATION" -> startReplication();
            case "TIMELINE_HISTORY" -> new TimelineHistory(timeline());
            case "BASE_BACKUP" -> new BaseBackup(peekIs(Kind.PUNCT, "(") ? parenthesizedOptions() : List.of());
            case "UPLOAD_MANIFEST" -> new UploadManifest();
            default -> throw syntax("syntax error");
        };
    }

    /** var_name: IDENT | var_name '.' IDENT. */
    private String varName() {
        StringBuilder name = new StringBuilder(ident());
        while (peekIs(Kind.PUNCT, ".")) {
            pos++;
            name.append('.').append(ident());
        }
        return name.toString();
    }

    private ReplicationCommand createSlot() {
        String name = ident();
        boolean temporary = acceptKeyword("TEMPORARY");
        SlotKind kind;
        String plugin = null;
        if (acceptKeyword("PHYSICAL")) {
            kind = SlotKind.PHYSICAL;
        } else if (acceptKeyword("LOGICAL")) {
            kind = SlotKind.LOGICAL;
            plugin = ident();
        } else {
            throw syntax("syntax error");
        }
        List<GenericOption> options = peekIs(Kind.PUNCT, "(") ? parenthesizedOptions() : legacySlotOptions();
        return CreateSlotOptions.apply(name, temporary, kind, plugin, options);
    }

    /** The pre-15 spellings, which the grammar turns into the same options. */
    private List<GenericOption> legacySlotOptions() {
        List<GenericOption> options = new ArrayList<>();
        while (peek() != null && peek().kind() == Kind.KEYWORD) {
            switch (next().text()) {
                case "EXPORT_SNAPSHOT" -> options.add(new GenericOption("snapshot", "export"));
                case "NOEXPORT_SNAPSHOT" -> options.add(new GenericOption("snapshot", "nothing"));
                case "USE_SNAPSHOT" -> options.add(new GenericOption("snapshot", "use"));
                case "RESERVE_WAL" -> options.add(new GenericOption("reserve_wal", "true"));
                case "TWO_PHASE" -> options.add(new GenericOption("two_phase", "true"));
                default -> throw syntax("syntax error");
            }
        }
        return options;
    }

    private ReplicationCommand startReplication() {
        String slot = null;
        if (acceptKeyword("SLOT")) {
            slot = ident();
            if (acceptKeyword("LOGICAL")) {
                long lsn = recptr();
                return new StartLogicalReplication(slot, lsn, peekIs(Kind.PUNCT, "(") ? pluginOptions() : List.of());
            }
        }
        acceptKeyword("PHYSICAL");
        long lsn = recptr();
        long timeline = acceptKeyword("TIMELINE") ? timeline() : 0;
        return new StartPhysicalReplication(slot, lsn, timeline);
    }

    /** plugin_options: '(' IDENT [SCONST] {',' IDENT [SCONST]} ')'. */
    private List<GenericOption> pluginOptions() {
        expectPunct("(");
        List<GenericOption> options = new ArrayList<>();
        do {
            String name = expect(Kind.IDENT).text();
            String value = peek() != null && peek().kind() == Kind.SCONST ? next().text() : null;
            options.add(new GenericOption(name, value));
        } while (acceptPunct(","));
        expectPunct(")");
        return options;
    }

    /** generic_option_list: ident_or_keyword [IDENT | SCONST | UCONST], … — keywords name options in lower case. */
    private List<GenericOption> parenthesizedOptions() {
        expectPunct("(");
        List<GenericOption> options = new ArrayList<>();
        do {
            Token name = next();
            if (name == null || (name.kind() != Kind.IDENT && name.kind() != Kind.KEYWORD)) throw syntax("syntax error");
            String optionName = name.kind() == Kind.KEYWORD ? name.text().toLowerCase(Locale.ROOT) : name.text();
            Token value = peek();
            String optionValue = null;
            if (value != null && (value.kind() == Kind.IDENT || value.kind() == Kind.SCONST || value.kind() == Kind.UCONST)) {
                optionValue = next().text();
            }
            options.add(new GenericOption(optionName, optionValue));
        } while (acceptPunct(","));
        expectPunct(")");
        return options;
    }

    private long recptr() {
        try {
            return Lsn.parse(expect(Kind.RECPTR).text());
        } catch (IllegalArgumentException e) {
            throw syntax("syntax error");
        }
    }

    private long timeline() {
        long timeline;
        try {
            timeline = Long.parseLong(expect(Kind.UCONST).text());
        } catch (NumberFormatException e) {
            throw syntax("syntax error");
        }
        if (timeline <= 0 || timeline > 0xFFFFFFFFL) throw syntax("invalid timeline " + timeline);
        return timeline;
    }

    private String ident() {
        return expect(Kind.IDENT).text();
    }

    private Token expect(Kind kind) {
        Token t = next();
        if (t == null || t.kind() != kind) throw syntax("syntax error");
        return t;
    }

    private void expectPunct(String p) {
        if (!acceptPunct(p)) throw syntax("syntax error");
    }

    private boolean acceptPunct(String p) {
        if (!peekIs(Kind.PUNCT, p)) return false;
        pos++;
        return true;
    }

    private boolean acceptKeyword(String k) {
        if (!peekIs(Kind.KEYWORD, k)) return false;
        pos++;
        return true;
    }

    private boolean peekIs(Kind kind, String text) {
        Token t = peek();
        return t != null && t.is(kind, text);
    }

    private Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private Token next() {
        return pos < tokens.size() ? tokens.get(pos++) : null;
    }
}
