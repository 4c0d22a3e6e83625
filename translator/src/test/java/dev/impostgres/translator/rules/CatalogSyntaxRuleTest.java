package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.sql.Lexer;
import org.junit.jupiter.api.Test;

class CatalogSyntaxRuleTest {
    private static String rewrite(String sql) {
        return Rewriter.rewrite(sql, Lexer.tokenize(sql)).sqlite();
    }

    @Test
    void pgCatalogQualifiedCallsLoseTheQualifierButRelationsKeepIt() {
        assertThat(rewrite("SELECT pg_catalog.format_type(t.oid, NULL) FROM pg_catalog.pg_type t"))
                .isEqualTo("SELECT format_type(t.oid, NULL) AS \"format_type\" FROM pg_catalog.pg_type t");
    }

    @Test
    void operatorSyntaxBecomesTheBareOperatorAndDefaultCollationsAreDropped() {
        assertThat(rewrite("SELECT 1 WHERE c.relname OPERATOR(pg_catalog.~) '^(t)$' COLLATE pg_catalog.default"))
                .doesNotContain("OPERATOR").doesNotContain("COLLATE").doesNotContain("pg_catalog");
        assertThat(rewrite("SELECT a FROM t ORDER BY a COLLATE \"C\"")).isEqualTo("SELECT a FROM t ORDER BY a  NULLS LAST");
        assertThat(rewrite("SELECT a FROM t ORDER BY a COLLATE \"de_DE\"")).contains("COLLATE \"de_DE\"");
    }

    @Test
    void parameterlessValueFunctionsBecomeCallsKeepingTheirColumnName() {
        assertThat(rewrite("SELECT current_user, session_user"))
                .isEqualTo("SELECT pg_current_user() AS \"current_user\", pg_session_user() AS \"session_user\"");
        assertThat(rewrite("SELECT current_schema()")).isEqualTo("SELECT current_schema() AS \"current_schema\"");
    }

    @Test
    void regclassCastsLookUpTheOidAndPrintTheNameWhenCastToText() {
        assertThat(rewrite("SELECT a FROM pg_attribute WHERE attrelid = 't'::regclass"))
                .isEqualTo("SELECT a FROM pg_attribute WHERE attrelid = _pg_regclass('t')");
        assertThat(rewrite("SELECT c.oid::regclass::text AS n FROM pg_class c"))
                .isEqualTo("SELECT _pg_regclass_out(_pg_regclass(c.oid)) AS n FROM pg_class c");
        assertThat(rewrite("SELECT 'int4'::regtype::oid")).startsWith("SELECT _pg_regtype('int4')");
    }

    @Test
    void aRegclassResultColumnPrintsTheNameButComparisonsUseTheOid() {
        assertThat(rewrite("SELECT c.oid::pg_catalog.regclass, 1 FROM pg_class c"))
                .startsWith("SELECT _pg_regclass_out(_pg_regclass(c.oid)) AS \"oid\", 1");
        assertThat(rewrite("SELECT (SELECT c.oid::regclass) FROM pg_class c WHERE c.oid = 'x'::regclass"))
                .contains("(SELECT _pg_regclass(c.oid))").endsWith("c.oid = _pg_regclass('x')");
    }
}
