package dev.impostgres.conformance.client;

/** One raw backend message: type byte and body (without the int32 length). */
public record BackendMessage(char type, byte[] body) {

    public PgReader reader() {
        return new PgReader(body);
    }
}
