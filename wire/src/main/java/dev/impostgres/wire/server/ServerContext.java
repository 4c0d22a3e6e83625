package dev.impostgres.wire.server;

import dev.impostgres.tracking.DatabaseManager;
import dev.impostgres.translator.Translator;
import dev.impostgres.translator.settings.SessionSettings;
import dev.impostgres.wire.auth.AuthenticatorFactory;
import dev.impostgres.wire.replication.ReplicationServices;

/**
 * What every connection shares: the databases, the translator, the backend registry, the auth policy and the
 * replication services (slots, walsenders).
 */
record ServerContext(DatabaseManager databases, Translator translator, BackendRegistry backends,
                     AuthenticatorFactory authenticators, ReplicationServices replication) {

    SessionSettings newSettings(String user) {
        SessionSettings settings = new SessionSettings();
        settings.sessionUser(user);
        return settings;
    }
}
