package dev.impostgres.wire.server;

import dev.impostgres.tracking.DatabaseManager;
import dev.impostgres.translator.Translator;
import dev.impostgres.translator.settings.SessionSettings;
import dev.impostgres.wire.auth.Authenticators;

/** What every connection shares: the databases, the translator, the backend registry and the auth policy. */
record ServerContext(DatabaseManager databases, Translator translator, BackendRegistry backends,
                     Authenticators authenticators) {

    SessionSettings newSettings(String user) {
        return new SessionSettings(user);
    }
}
