package dev.impostgres.translator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlSplitterTest {

    private static List<String> texts(String script) {
        return SqlSplitter.split(script).stream().map(SqlSplitter.Piece::text).toList();
    }

    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        String script = "select ';' ; select \"a;b\" from t; select $$;$$; select $x$ $$ ; $x$; "
                + "select E'\\';' ; -- c;\nselect 1 /* a /* ; */ ; */";
        assertThat(texts(script)).containsExactly("select ';'", "select \"a;b\" from t", "select $$;$$",
                "select $x$ $$ ; $x$", "select E'\\';'", "-- c;\nselect 1 /* a /* ; */ ; */");
    }

    @Test
    void doubledQuoteInsideStandardStringDoesNotEndIt() {
        assertThat(texts("select 'it''s;'; select 2")).containsExactly("select 'it''s;'", "select 2");
    }

    @Test
    void backslashIsLiteralInStandardStrings() {
        // standard_conforming_strings = on: 'a\' is a complete string
        assertThat(texts("select 'a\\'; select 2")).containsExactly("select 'a\\'", "select 2");
    }

    @Test
    void parameterIsNotADollarQuote() {
        assertThat(texts("select $1; select $2")).containsExactly("select $1", "select $2");
        assertThat(Lexer.significant(Lexer.tokenize("select $1")).get(1).kind()).isEqualTo(Token.Kind.PARAM);
    }

    @Test
    void dollarInsideIdentifierIsNotAQuote() {
        assertThat(texts("select a$b$ from t; select 2")).containsExactly("select a$b$ from t", "select 2");
    }

    @Test
    void offsetsPointIntoTheWholeScript() {
        String script = "  select 1;\n\n  select 2 ;";
        List<SqlSplitter.Piece> pieces = SqlSplitter.split(script);
        assertThat(pieces).extracting(SqlSplitter.Piece::offset).containsExactly(2, 15);
        for (SqlSplitter.Piece p : pieces) assertThat(script.substring(p.offset())).startsWith(p.text());
    }

    @Test
    void commentOnlyAndEmptyStatementsAreDropped() {
        assertThat(texts(";; -- nothing\n ; /* x */ ;")).isEmpty();
        assertThat(texts("")).isEmpty();
        assertThat(texts("select 1;;")).containsExactly("select 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "select 1; select 'abc|unterminated quoted string at or near \"'abc\"|18",
        "select $$abc|unterminated dollar-quoted string at or near \"$$abc\"|8",
        "select $x$abc$$|unterminated dollar-quoted string at or near \"$x$abc$$\"|8",
        "select /* a /* b */ c|unterminated /* comment at or near \"/* a /* b */ c\"|8",
        "select \"abc|unterminated quoted identifier at or near \"\"abc\"|8",
        "`select E'ab\\' `|`unterminated quoted string at or near \"E'ab\\' \"`|8",
        "select é, 'x|unterminated quoted string at or near \"'x\"|11",
    })
    void lexicalErrorsAreReportedLikePostgres(String script, String message, int position) {
        assertThatThrownBy(() -> SqlSplitter.split(script))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("42601");
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.position()).isEqualTo(position);
                });
    }

    @Test
    void tokensAlwaysConcatenateBackToTheInput() {
        // property-style: random scripts made of fragments that are each lexically complete
        String[] fragments = {"select", " ", "'a;b'", "E'\\n;'", "$$x;y$$", "$t$ $$ $t$", "\"q;\"", "-- c;\n",
            "/* /* ; */ */", ";", "$1", "::", "int", "1.5e3", "a$b", "(", ")", ",", "<>", "-", "\n"};
        Random random = new Random(42);
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(15);
            int semicolons = 0;
            for (int k = 0; k < len; k++) {
                String f = fragments[random.nextInt(fragments.length)];
                b.append(f).append(' ');
                if (f.equals(";")) semicolons++;
            }
            String script = b.toString();
            StringBuilder joined = new StringBuilder();
            for (Token t : Lexer.tokenize(script)) joined.append(t.text());
            assertThat(joined.toString()).isEqualTo(script);
            List<SqlSplitter.Piece> pieces = SqlSplitter.split(script);
            assertThat(pieces.size()).isLessThanOrEqualTo(semicolons + 1);
            for (SqlSplitter.Piece p : pieces) {
                assertThat(script.substring(p.offset(), p.offset() + p.text().length())).isEqualTo(p.text());
            }
        }
    }

    @Test
    void operatorsStopBeforeCommentsAndDropTrailingSigns() {
        List<Token> sig = Lexer.significant(Lexer.tokenize("a=-1 b*/**/c x::int"));
        assertThat(sig).extracting(Token::text).containsExactly("a", "=", "-", "1", "b", "*", "c", "x", "::", "int");
    }
}
