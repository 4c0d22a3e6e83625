package dev.impostgres.translator.settings;

/**
 * One run-time parameter (a GUC in Postgres terms): its canonical name as SHOW prints it, its boot value, who may
 * change it, whether a change is reported to the client with ParameterStatus (GUC_REPORT), and how input is checked
 * and normalised to the text SHOW prints.
 */
public record Guc(String name, String bootValue, Context context, boolean reported, ValueParser parser,
                  String description) {

    public enum Context {
        /** PGC_INTERNAL: "parameter \"x\" cannot be changed". */
        INTERNAL,
        /** PGC_POSTMASTER: "cannot be changed without restarting the server". */
        POSTMASTER,
        /** PGC_USERSET (and SUSET, as we always run as a superuser). */
        USER
    }

    /** Checks raw SET input and returns the value as SHOW prints it, or throws 22023 / 0A000. */
    @FunctionalInterface
    public interface ValueParser {
        String parse(String name, String raw, String current);
    }
}
