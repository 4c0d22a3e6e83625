package dev.impostgres.wire.auth;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.wire.codec.BackendMessage;
import java.util.ArrayList;
import java.util.List;

/** What the connection does after each step of authentication. */
public sealed interface AuthStep {

    /** Send this request (AuthenticationCleartextPassword, …Md5Password, …Sasl, …SaslContinue) and wait for a 'p'. */
    record Send(BackendMessage message) implements AuthStep {}

    /**
     * Authenticated: send {@code toSendBeforeOk} (AuthenticationSaslFinal for SCRAM, else nothing), then
     * AuthenticationOk — {@link #messagesToSend()} has both, in order.
     */
    record Success(List<BackendMessage> toSendBeforeOk) implements AuthStep {
        public Success {
            toSendBeforeOk = List.copyOf(toSendBeforeOk);
        }

        public List<BackendMessage> messagesToSend() {
            List<BackendMessage> all = new ArrayList<>(toSendBeforeOk);
            all.add(new BackendMessage.AuthenticationOk());
            return List.copyOf(all);
        }
    }

    /** Refused: send ErrorFields.error(error) — severity FATAL — and close. */
    record Failure(PgException error) implements AuthStep {}
}
