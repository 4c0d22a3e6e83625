package dev.impostgres.wire.server;

import dev.impostgres.tracking.Session;
import dev.impostgres.translator.settings.SessionSettings;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.wire.codec.BackendMessage;
import dev.impostgres.wire.codec.ErrorFields;
import java.util.ArrayList;
import java.util.List;

/** One authenticated connection's state: its SQLite session, its run-time settings and pending notices. */
final class SessionContext {
    private final Session session;
    private final SessionSettings settings;
    private final String user;
    private final int processId;
    private final List<BackendMessage.NoticeResponse> notices = new ArrayList<>();

    SessionContext(Session session, SessionSettings settings, String user, int processId) {
        this.session = session;
        this.settings = settings;
        this.user = user;
        this.processId = processId;
        session.attachSettings(settings, processId);
    }

    Session session() { return session; }
    SessionSettings settings() { return settings; }
    String user() { return user; }
    int processId() { return processId; }

    FormatSettings formatSettings() {
        return FormatSettings.DEFAULT.withTimeZone(settings.timeZone())
                .withExtraFloatDigits(settings.extraFloatDigits());
    }

    void notice(String severity, String sqlState, String message) {
        notices.add(ErrorFields.notice(severity, sqlState, message));
    }

    /** Notices raised by the executor and by the session since the last call, in order. */
    List<BackendMessage.NoticeResponse> drainNotices() {
        List<BackendMessage.NoticeResponse> out = new ArrayList<>(notices);
        notices.clear();
        for (var n : session.drainNotices()) {
            out.add(ErrorFields.notice(n.severity(), n.sqlState(), n.message()));
        }
        return out;
    }
}
