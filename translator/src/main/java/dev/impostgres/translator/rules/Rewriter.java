package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;

/** Runs the rewrite rules, in order, over one statement's tokens. */
public final class Rewriter {
    /** Casts first (they read parameter and literal tokens in their Postgres spelling), then spelling rules. */
    private static final List<RewriteRule> RULES = List.of(new OverlapsRule(), new FunctionArgumentCheck(), new OperatorResolutionCheck(),
            new UpsertCardinalityCheck(), new GroupingCheck(), new ConditionTypeCheck(), new AssignmentTypeCheck(),
            new FunctionParameterRule(), new DmlClauseRule(), new OrderByNullsRule(), new TypedLiteralRule(), new ColumnNameRule(), new EmptySelectListRule(), new SetOperationTypesRule(), new GroupingSetsRule(), new SetOperationAllRule(),
            new JsonArgumentRule(), new ValuesAliasRule(), new LateralRule(), new DistinctAggregateRule(), new OrderedSetAggregateRule(),
            new ArraySliceRule(), new ArrayOfSetFunctionRule(), new SelectListSetFunctionRule(),
            new ForUpdateRule(), new SchemaQualifiedNameRule(), new CatalogSyntaxRule(), new ExpandArrayRule(),
            new ArrayPredicateRule(), new SubscriptRule(), new JsonFromFunctionRule(), new SlotFunctionRule(),
            new FromFunctionRule(), new SqlSyntaxFunctionRule(),
            new BpcharRule(), new TypedOperatorRule(), new CallArgumentRule(), new TypedArgumentRule(), new TypedFunctionRule(), new NumericMathRule(), new EnumRangeRule(), new ArrayConcatRule(), new ArrayConstructorRule(), new CastRule(), new FloatNegationRule(), new AtTimeZoneRule(), new ByteaConcatRule(), new JsonbConcatRule(), new ExactNumberRule(),
            new ParameterRule(), new StringLiteralRule(), new BooleanLiteralRule(), new IlikeRule(),
            new JsonOperatorRule(), new OperatorRule(),
            new KeywordAliasRule(), new CommentRule(), new DistinctOnRule(), new InsertSelectUpsertRule(),
            new ScalarSubqueryRule());

    public record Result(String sqlite, List<Integer> parameterTypes) {}

    public static Result rewrite(String script, List<Token> tokens) {
        return rewrite(script, tokens, ColumnTypes.NONE);
    }

    /** As above, with the declared types of the columns the statement names (from the schema metadata). */
    public static Result rewrite(String script, List<Token> tokens, ColumnTypes columns) {
        RewriteContext ctx = new RewriteContext(script, tokens).withColumnTypes(columns);
        for (RewriteRule rule : RULES) {
            if (rule.applies(ctx)) rule.rewrite(ctx);
        }
        return new Result(ctx.text(), ctx.parameterTypes());
    }
}
