package dev.impostgres.tracking.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pg_proc rows for the built-in functions Impostgres implements (the functions registered on the session's
 * connection and the SQL functions the translator maps), each with the OID, signature and attributes it has in
 * Postgres 17: so {@code \df lower}, {@code 'lower'::regproc} style lookups and drivers that resolve a function by
 * name see what a real server shows. The rows are facts recorded from Postgres 17.6 ({@code pg_proc.tsv}: oid,
 * proname, prokind, proretset, provolatile, proisstrict, pronargs, pronargdefaults, prorettype, proargtypes, prolang,
 * provariadic, proparallel, proargnames, pg_get_function_result, pg_get_function_arguments, description). Functions
 * Postgres has and Impostgres does not are deliberately absent.
 */
final class ProcCatalog {
    private ProcCatalog() {}

    record Proc(long oid, String name, String kind, boolean retset, String volatility, boolean strict, int nargs,
                int nargdefaults, long rettype, String argtypes, long lang, long variadic, String parallel,
                String argnames, String result, String arguments, String description) {}

    static final List<Proc> PROCS = load();
    private static final Map<Long, Proc> BY_OID = new HashMap<>();

    static {
        for (Proc p : PROCS) BY_OID.put(p.oid(), p);
    }

    static Proc byOid(long oid) {
        return BY_OID.get(oid);
    }

    static void fill(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO pg_catalog.pg_proc VALUES (?, ?, 11, 10, "
                + "?, 1, 0, ?, '-', ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)")) {
            for (Proc p : PROCS) {
                int i = 1;
                ps.setLong(i++, p.oid());
                ps.setString(i++, p.name());
                ps.setLong(i++, p.lang());
                ps.setLong(i++, p.variadic());
                ps.setString(i++, p.kind());
                ps.setInt(i++, p.strict() ? 1 : 0);
                ps.setInt(i++, p.retset() ? 1 : 0);
                ps.setString(i++, p.volatility());
                ps.setString(i++, p.parallel());
                ps.setInt(i++, p.nargs());
                ps.setInt(i++, p.nargdefaults());
                ps.setLong(i++, p.rettype());
                ps.setString(i++, p.argtypes());
                ps.setString(i++, p.argnames().isEmpty() ? null : p.argnames());
                ps.setString(i, p.lang() == 12 ? p.name() : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<Proc> load() {
        List<Proc> procs = new ArrayList<>();
        try (InputStream in = ProcCatalog.class.getResourceAsStream("pg_proc.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                procs.add(new Proc(Long.parseLong(f[0]), f[1], f[2], f[3].equals("1"), f[4], f[5].equals("1"),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Long.parseLong(f[8]), f[9],
                        Long.parseLong(f[10]), Long.parseLong(f[11]), f[12], f[13], f[14], f[15], f[16]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(procs);
    }
}
