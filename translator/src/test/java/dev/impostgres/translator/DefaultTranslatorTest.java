package dev.impostgres.translator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.PgType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultTranslatorTest {
    private final DefaultTranslator translator = new DefaultTranslator(4);

    private PgStatement.Sql sql(String text) {
        return (PgStatement.Sql) translator.translateOne(text);
    }

    private static List<String> typeNames(List<PgType> types) {
        return types == null ? null : types.stream().map(t -> t == null ? null : t.name()).toList();
    }

    @Test
    void repeatedTextIsServedFromTheCache() {
        List<PgStatement> first = translator.translateScript("select 1; select 2");
        assertThat(translator.translateScript("select 1; select 2")).isSameAs(first);
    }

    @Test
    void cacheIsBoundedAndEvictsTheLeastRecentlyUsed() {
        List<PgStatement> keep = translator.translateScript("select 0");
        for (int i = 1; i <= 6; i++) {
            translator.translateScript("select " + i);
            translator.translateScript("select 0");
        }
        assertThat(translator.cachedCount()).isEqualTo(4);
        assertThat(translator.translateScript("select 0")).isSameAs(keep);
        assertThat(translator.translateScript("select 1")).isNotSameAs(translator.translateScript("select 2"));
    }

    @Test
    void translateOneRefusesMultipleCommands() {
        assertThatThrownBy(() -> translator.translateOne("select 1; select 2"))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("42601");
                    assertThat(e.getMessage()).isEqualTo("cannot insert multiple commands into a prepared statement");
                });
        assertThat(translator.translateOne("select 1;")).isInstanceOf(PgStatement.Sql.class);
    }

    @Test
    void emptyOrCommentOnlyScriptIsOneEmptyStatement() {
        assertThat(translator.translateScript("")).singleElement().isInstanceOf(PgStatement.Empty.class);
        assertThat(translator.translateScript(" -- hi\n;")).singleElement().isInstanceOf(PgStatement.Empty.class);
    }

    @Test
    void scriptMixesUtilityAndSqlStatementsInOrder() {
        List<PgStatement> s = translator.translateScript("BEGIN; insert into t values ($1); COMMIT");
        assertThat(s).extracting(x -> x.getClass().getSimpleName()).containsExactly("Begin", "Sql", "Commit");
    }

    @Test
    void parameterTypesComeFromCastsAndAreZeroOtherwise() {
        assertThat(sql("select $1::int8, $2, cast($3 as text), $4::timestamptz, $5::unknown_type, $1")
                .parameterTypes()).containsExactly(20, 0, 25, 1184, 0);
        assertThat(sql("select 1").parameterTypes()).isEmpty();
        assertThat(sql("insert into t values ($3)").parameterTypes()).containsExactly(0, 0, 0);
    }

    @Test
    void columnTypesForLiteralsCastsAndCounts() {
        PgStatement.Sql s = sql("select 1, 2147483648, -7 as n, 1.5, 'a' x, null, true, count(*), avg(a), "
                + "a::int2, cast(b as varchar(3)), a + 1, sum(a), '2020-01-01'::timestamp with time zone from t");
        assertThat(typeNames(s.columnTypes())).containsExactly("int4", "int8", "int4", "numeric", "text", "text",
                "bool", "int8", "numeric", "int2", "varchar", null, null, "timestamptz");
    }

    @Test
    void columnTypesUnknownWithStarOrUnresolvedSetOperations() {
        assertThat(sql("select *, 1 from t").columnTypes()).isNull();
        assertThat(sql("select 1 union select 2.5").columnTypes()).extracting(t -> t.name()).containsExactly("numeric");
        assertThat(sql("select a from t union select 2.5").columnTypes()).isNull();
        assertThat(sql("select a from t").columnTypes()).isNull();
        assertThat(sql("insert into t values (1) returning id").columnTypes()).isNull();
    }

    @Test
    void badBooleanLiteralIsInvalidTextRepresentationWithPosition() {
        assertThatThrownBy(() -> sql("select 'maybe'::bool"))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("22P02");
                    assertThat(e.getMessage()).isEqualTo("invalid input syntax for type boolean: \"maybe\"");
                    assertThat(e.position()).isEqualTo(8);
                });
    }

    @Test
    void unknownLeadingWordIsASyntaxErrorAtItsPositionInTheScript() {
        assertThatThrownBy(() -> translator.translateScript("select 1; selec 2"))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"selec\"");
                    assertThat(e.position()).isEqualTo(11);
                });
    }

    @Test
    void malformedUtilityStatementsAreSyntaxErrors() {
        for (String bad : Arrays.asList("begin isolation level", "savepoint", "set statement_timeout",
                "set transaction", "show", "release savepoint 1")) {
            assertThatThrownBy(() -> translator.translateOne(bad)).as(bad)
                    .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("42601"));
        }
        assertThatThrownBy(() -> translator.translateOne("begin isolation level"))
                .hasMessage("syntax error at end of input")
                .satisfies(e -> assertThat(((PgException) e).position()).isEqualTo(22));
    }

    @Test
    void andChainIsParsedForCommitAndRollback() {
        assertThat(translator.translateOne("commit and chain")).isEqualTo(new PgStatement.Commit("commit and chain", true));
        assertThat(translator.translateOne("END")).isEqualTo(new PgStatement.Commit("END", false));
        assertThat(translator.translateOne("rollback work and no chain"))
                .isEqualTo(new PgStatement.Rollback("rollback work and no chain", false));
        assertThat(translator.translateOne("abort and chain")).isEqualTo(new PgStatement.Rollback("abort and chain", true));
    }

    @Test
    void startTransactionKeepsItsOwnCommandTag() {
        assertThat(((PgStatement.Begin) translator.translateOne("start transaction read only")).tag())
                .isEqualTo("START TRANSACTION");
        assertThat(((PgStatement.Begin) translator.translateOne("begin work")).tag()).isEqualTo("BEGIN");
    }

    @Test
    void setOfNonListParameterWithSeveralValuesIsRejected() {
        assertThatThrownBy(() -> translator.translateOne("set application_name = a, b"))
                .hasMessage("SET application_name takes only one argument");
    }

    @Test
    void createDatabaseRejectsUnknownOptionsAndForeignEncodings() {
        assertThatThrownBy(() -> translator.translateOne("create database d with colour = 'red'"))
                .hasMessage("option \"colour\" not recognized");
        assertThatThrownBy(() -> translator.translateOne("create database d encoding 'LATIN1'"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("22023"));
    }

    @Test
    void parametersInsideStringsCommentsAndDollarBodiesAreUntouched() {
        assertThat(sql("select '$1', $$ $2 $$, \"$3\" /* $4 */, $5").sqlite())
                .isEqualTo("select '$1' AS \"?column?\", ' $2 ' AS \"?column?\", \"$3\"  , ?5 AS \"?column?\"");
    }

    @Test
    void labelsThatAreSqliteReservedWordsAreQuotedButClauseWordsAfterAsAreNot() {
        assertThat(((PgStatement.Sql) translator.translateOne("SELECT NULL AS nothing, 1 AS glob")).sqlite())
                .isEqualTo("SELECT NULL AS \"nothing\", 1 AS \"glob\"");
        assertThat(((PgStatement.Sql) translator.translateOne("CREATE TABLE c AS SELECT 1 AS one")).sqlite())
                .contains("AS SELECT");
    }

    @Test
    void nestedBlockCommentsNeverReachSqlite() {
        assertThat(((PgStatement.Sql) translator.translateOne("/* a /* nested; */ still */ SELECT 2 AS two")).sqlite())
                .isEqualTo("  SELECT 2 AS two");
    }
}
