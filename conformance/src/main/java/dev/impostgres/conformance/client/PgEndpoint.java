package dev.impostgres.conformance.client;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Where a Postgres (real or impostor) listens and who to log in as; {@code password} may be null (trust). */
public record PgEndpoint(String host, int port, String user, String password, String database) {

    /** Parses {@code postgresql://user:pass@host:port/db} (also {@code postgres://}); missing parts get defaults. */
    public static PgEndpoint parse(String url) {
        URI uri = URI.create(url.strip());
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not a postgresql:// URL: " + url);
        }
        String user = "postgres";
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new PgEndpoint(uri.getHost() == null ? "127.0.0.1" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, path.isEmpty() ? "postgres" : path);
    }

    public PgEndpoint withDatabase(String database) {
        return new PgEndpoint(host, port, user, password, database);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
