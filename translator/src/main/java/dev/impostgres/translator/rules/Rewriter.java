package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;

/** Runs the rewrite rules, in order, over one statement's tokens. */
public final class Rewriter {
    /** Casts first (they read parameter and literal tokens in their Postgres spelling), then spelling rules. */
    private static final List<RewriteRule> RULES = List.of(new ColumnNameRule(), new ForUpdateRule(),
            new SchemaQualifiedNameRule(), new CatalogSyntaxRule(), new ExpandArrayRule(), new ArrayPredicateRule(),
            new SubscriptRule(), new FromFunctionRule(), new SqlSyntaxFunctionRule(), new CastRule(),
            new ParameterRule(), new StringLiteralRule(), new BooleanLiteralRule(), new IlikeRule(), new LikeEscapeRule(),
            new JsonOperatorRule(), new OperatorRule(),
            new KeywordAliasRule(), new CommentRule(), new DistinctOnRule());

    public record Result(String sqlite, List<Integer> parameterTypes) {}

    public static Result rewrite(String script, List<Token> tokens) {
        RewriteContext ctx = new RewriteContext(script, tokens);
        for (RewriteRule rule : RULES) {
            if (rule.applies(ctx)) rule.rewrite(ctx);
        }
        return new Result(ctx.text(), ctx.parameterTypes());
    }
}
