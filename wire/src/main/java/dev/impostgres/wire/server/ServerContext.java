package dev.impostgres.wire.server;

import dev.impostgres.tracking.DatabaseManager;
import dev.impostgres.translator.Translator;
import dev.impostgres.translator.settings.SessionSettings;
import dev.impostgres.wire.auth.AuthenticatorFactory;

/** What every connection shares: the databases, the translator, the backend registry and the auth policy. */
record ServerContext(DatabaseManager databases, Translator translator, BackendRegistry backends,
                     AuthenticatorFactory authenticators) {

    SessionSettings newSettings(String user) {
        SessionSettings settings = new SessionSettings();
        settings.sessionUser(user);
        return settings;
    }
}
