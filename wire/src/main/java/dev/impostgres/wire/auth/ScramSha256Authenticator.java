package dev.impostgres.wire.auth;

import dev.impostgres.translator.error.SqlState;
import dev.impostgres.wire.codec.BackendMessage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * SCRAM-SHA-256 (RFC 5802 / RFC 7677) as Postgres implements it, without channel binding (no TLS, so no -PLUS).
 * <pre>
 *   AuthenticationSASL ["SCRAM-SHA-256"] ──────▶
 *                  ◀── SASLInitialResponse: String mechanism | Int32 len | client-first ("n,,n=,r=cnonce")
 *   AuthenticationSASLContinue ───────────────▶  server-first "r=cnonce+snonce,s=salt,i=4096"
 *                  ◀── SASLResponse: client-final "c=biws,r=cnonce+snonce,p=proof"
 *   AuthenticationSASLFinal "v=signature", then AuthenticationOk
 * </pre>
 * The user name inside client-first is ignored, as in Postgres: the startup user is the one authenticated. For a
 * user other than the configured one the exchange runs to the end and then fails ("doomed", like Postgres's mock
 * authentication), so the answer does not reveal which users exist. SCRAM messages are handled as ISO-8859-1 text
 * so that every byte survives unchanged into the AuthMessage.
 */
public final class ScramSha256Authenticator implements Authenticator {

    public static final String MECHANISM = "SCRAM-SHA-256";

    private enum State { NEW, AWAIT_INITIAL_RESPONSE, AWAIT_CLIENT_FIRST, AWAIT_CLIENT_FINAL, DONE }

    private final String configuredUser;
    private final ScramSecret secret;
    private final Supplier<String> serverNonceSource;

    private State state = State.NEW;
    private String startupUser;
    private boolean doomed;
    private char channelBindingFlag;
    private String clientNonce;
    private String serverNonce;
    private String clientFirstBare;
    private String serverFirst;

    /** @param serverNonceSource printable ASCII without ','; Postgres uses base64 of 18 random bytes */
    public ScramSha256Authenticator(String configuredUser, ScramSecret secret, Supplier<String> serverNonceSource) {
        this.configuredUser = configuredUser;
        this.secret = secret;
        this.serverNonceSource = serverNonceSource;
    }

    @Override
    public AuthStep start(String startupUser) {
        if (state != State.NEW) throw new IllegalStateException("already started");
        this.startupUser = startupUser;
        this.doomed = !AuthErrors.constantTimeEquals(startupUser, configuredUser);
        state = State.AWAIT_INITIAL_RESPONSE;
        return new AuthStep.Send(new BackendMessage.AuthenticationSasl(List.of(MECHANISM)));
    }

    @Override
    public AuthStep next(byte[] payload) {
        AuthStep step;
        try {
            step = switch (state) {
                case AWAIT_INITIAL_RESPONSE -> initialResponse(payload);
                case AWAIT_CLIENT_FIRST -> clientFirst(payload);
                case AWAIT_CLIENT_FINAL -> clientFinal(payload);
                case NEW, DONE -> throw new IllegalStateException("no SASL message expected in state " + state);
            };
        } catch (ScramMessageParser.Malformed e) {
            step = e.failure;
        }
        if (!(step instanceof AuthStep.Send)) state = State.DONE;
        return step;
    }

    // SASLInitialResponse: String mechanism | Int32 len | Byten client-first (len -1: none)
    private AuthStep initialResponse(byte[] payload) throws ScramMessageParser.Malformed {
        int nul = indexOfNul(payload);
        if (nul < 0) return AuthErrors.protocolViolation("invalid string in message");
        String mechanism = new String(payload, 0, nul, StandardCharsets.UTF_8);
        if (!mechanism.equals(MECHANISM)) {
            return AuthErrors.protocolViolation("client selected an invalid SASL authentication mechanism");
        }
        ByteBuffer rest = ByteBuffer.wrap(payload, nul + 1, payload.length - nul - 1);
        if (rest.remaining() < 4) return AuthErrors.protocolViolation("insufficient data left in message");
        int len = rest.getInt();
        if (len == -1) {
            if (rest.hasRemaining()) return AuthErrors.protocolViolation("invalid message format");
            // no initial response: an empty challenge, and the client sends client-first in a SASLResponse
            state = State.AWAIT_CLIENT_FIRST;
            return new AuthStep.Send(new BackendMessage.AuthenticationSaslContinue(new byte[0]));
        }
        if (len < 0 || len > rest.remaining()) {
            return AuthErrors.protocolViolation("insufficient data left in message");
        }
        if (len != rest.remaining()) return AuthErrors.protocolViolation("invalid message format");
        byte[] clientFirst = new byte[len];
        rest.get(clientFirst);
        return clientFirst(clientFirst);
    }

    // client-first-message: gs2-cbind-flag "," [authzid] "," [reserved-mext ","] "n=" user "," "r=" nonce ["," ext]*
    private AuthStep clientFirst(byte[] bytes) throws ScramMessageParser.Malformed {
        ScramMessageParser p = new ScramMessageParser(scramText(bytes));
        channelBindingFlag = p.peek();
        switch (channelBindingFlag) {
            case 'n', 'y' -> {
                p.skip(1);
                if (p.peek() != ',') {
                    throw ScramMessageParser.malformed("Comma expected, but found character \""
                            + ScramMessageParser.sanitize(p.peek()) + "\".");
                }
                p.skip(1);
            }
            case 'p' -> throw ScramMessageParser.malformed("The client selected SCRAM-SHA-256 without channel "
                    + "binding, but the SCRAM message includes channel binding data.");
            default -> throw ScramMessageParser.malformed("Unexpected channel-binding flag \""
                    + ScramMessageParser.sanitize(channelBindingFlag) + "\".");
        }
        if (p.peek() == 'a') {
            return AuthErrors.fatal(SqlState.FEATURE_NOT_SUPPORTED,
                    "client uses authorization identity, but it is not supported", null);
        }
        if (p.peek() != ',') {
            throw ScramMessageParser.malformed("Unexpected attribute \"" + ScramMessageParser.sanitize(p.peek())
                    + "\" in client-first-message.");
        }
        p.skip(1);
        clientFirstBare = p.rest();
        if (p.peek() == 'm') {
            return AuthErrors.fatal(SqlState.FEATURE_NOT_SUPPORTED, "client requires an unsupported SCRAM extension",
                    null);
        }
        p.readAttribute('n'); // ignored: the startup user is authenticated (libpq sends "n=")
        clientNonce = p.readAttribute('r');
        if (!ScramMessageParser.isPrintable(clientNonce)) {
            return AuthErrors.protocolViolation("non-printable characters in SCRAM nonce");
        }
        while (!p.atEnd()) p.readAnyAttribute(); // optional extensions: none supported, all ignored

        serverNonce = serverNonceSource.get();
        serverFirst = "r=" + clientNonce + serverNonce + ",s=" + Base64.getEncoder().encodeToString(secret.salt())
                + ",i=" + secret.iterations();
        state = State.AWAIT_CLIENT_FINAL;
        return new AuthStep.Send(new BackendMessage.AuthenticationSaslContinue(
                serverFirst.getBytes(StandardCharsets.ISO_8859_1)));
    }

    // client-final-message: "c=" base64(gs2-header) "," "r=" nonce ["," ext]* "," "p=" base64(proof)
    private AuthStep clientFinal(byte[] bytes) throws ScramMessageParser.Malformed {
        String input = scramText(bytes);
        ScramMessageParser p = new ScramMessageParser(input);
        String channelBinding = p.readAttribute('c');
        if (!(channelBinding.equals("biws") && channelBindingFlag == 'n')
                && !(channelBinding.equals("eSws") && channelBindingFlag == 'y')) {
            return AuthErrors.protocolViolation("unexpected SCRAM channel-binding attribute in client-final-message");
        }
        String finalNonce = p.readAttribute('r');
        int proofAt;
        String[] attribute;
        do {
            proofAt = p.position();
            attribute = p.readAnyAttribute();
        } while (!attribute[0].equals("p"));
        byte[] proof;
        try {
            proof = Base64.getDecoder().decode(attribute[1]);
        } catch (IllegalArgumentException e) {
            proof = null;
        }
        if (proof == null || proof.length != 32) {
            throw ScramMessageParser.malformed("Malformed proof in client-final-message.");
        }
        if (!p.atEnd()) throw ScramMessageParser.malformed("Garbage found at the end of client-final-message.");
        String withoutProof = input.substring(0, proofAt - 1);

        if (!finalNonce.equals(clientNonce + serverNonce)) {
            return AuthErrors.fatal(SqlState.PROTOCOL_VIOLATION, "invalid SCRAM response", "Nonce does not match.");
        }
        byte[] authMessage = (clientFirstBare + "," + serverFirst + "," + withoutProof)
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] clientSignature = ScramSecret.hmac(secret.storedKey(), authMessage);
        byte[] clientKey = new byte[32];
        for (int i = 0; i < 32; i++) clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        // the proof is checked even when doomed, so both failures take the same time
        boolean proofOk = AuthErrors.constantTimeEquals(ScramSecret.sha256(clientKey), secret.storedKey());
        if (!proofOk || doomed) return AuthErrors.passwordFailed(startupUser);

        String serverFinal = "v=" + Base64.getEncoder().encodeToString(ScramSecret.hmac(secret.serverKey(),
                authMessage));
        return new AuthStep.Success(List.of(new BackendMessage.AuthenticationSaslFinal(
                serverFinal.getBytes(StandardCharsets.ISO_8859_1))));
    }

    // scram_exchange: the message must be non-empty and contain no NUL
    private static String scramText(byte[] bytes) throws ScramMessageParser.Malformed {
        if (bytes.length == 0) throw ScramMessageParser.malformed("The message is empty.");
        if (indexOfNul(bytes) >= 0) {
            throw ScramMessageParser.malformed("Message length does not match input length.");
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) return i;
        return -1;
    }
}
