package dev.impostgres.translator.rules;

/** One Postgres-to-SQLite rewrite over a statement's token stream: says whether it applies, then rewrites. */
public interface RewriteRule {
    boolean applies(RewriteContext ctx);

    void rewrite(RewriteContext ctx);
}
