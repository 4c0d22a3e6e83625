package dev.impostgres.conformance.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

    @Test
    void semicolonsEndStatementsAndEmptyStatementsAreDropped() {
        assertThat(ScriptSplitter.split("SELECT 1;; SELECT 2 ;\n\n  ;SELECT 3"))
                .containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void semicolonsInsideStringsAndIdentifiersDoNotSplit() {
        assertThat(ScriptSplitter.split("SELECT 'a;b', 'it''s;'; SELECT \"x;\"\"y\""))
                .containsExactly("SELECT 'a;b', 'it''s;'", "SELECT \"x;\"\"y\"");
    }

    @Test
    void escapeStringsHonourBackslashQuotes() {
        assertThat(ScriptSplitter.split("SELECT E'it\\'s; here'; SELECT 2"))
                .containsExactly("SELECT E'it\\'s; here'", "SELECT 2");
    }

    @Test
    void aPlainStringEndingInBackslashIsNotAnEscapeString() {
        // standard_conforming_strings: in '…' a backslash is an ordinary character.
        assertThat(ScriptSplitter.split("SELECT 'a\\'; SELECT 2")).containsExactly("SELECT 'a\\'", "SELECT 2");
        assertThat(ScriptSplitter.split("SELECT type'x;'; SELECT 2")).containsExactly("SELECT type'x;'", "SELECT 2");
    }

    @Test
    void dollarQuotedBodiesAreOpaqueIncludingOtherTags() {
        String fn = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN $$;$$::int; END; $body$";
        assertThat(ScriptSplitter.split(fn + "; SELECT $$a;b$$"))
                .containsExactly(fn, "SELECT $$a;b$$");
    }

    @Test
    void positionalParametersAndDollarsInIdentifiersAreNotQuotes() {
        assertThat(ScriptSplitter.split("PREPARE p AS SELECT $1; SELECT a$b$c FROM t; SELECT 1"))
                .containsExactly("PREPARE p AS SELECT $1", "SELECT a$b$c FROM t", "SELECT 1");
    }

    @Test
    void commentsHideSemicolonsAndBlockCommentsNest() {
        assertThat(ScriptSplitter.split("SELECT 1 -- no; split\n, 2; /* a; /* b; */ c; */ SELECT 3"))
                .containsExactly("SELECT 1 -- no; split\n, 2", "/* a; /* b; */ c; */ SELECT 3");
    }

    @Test
    void leadingLineCommentsAreNotSentWithTheStatement() {
        assertThat(ScriptSplitter.split("-- header\n-- more\nSELECT 1;\n-- trailing comment only\n"))
                .containsExactly("SELECT 1");
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplitAsInPsql() {
        assertThat(ScriptSplitter.split("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b); SELECT 1"))
                .containsExactly("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)", "SELECT 1");
    }

    @Test
    void anUnterminatedStringRunsToTheEndOfTheScript() {
        assertThat(ScriptSplitter.split("SELECT 'open; SELECT 2")).containsExactly("SELECT 'open; SELECT 2");
    }
}
