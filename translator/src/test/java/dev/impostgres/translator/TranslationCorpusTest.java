package dev.impostgres.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs src/test/resources/translations.tsv: each Postgres statement against its expected translation. */
class TranslationCorpusTest {
    private static final Translator TRANSLATOR = new DefaultTranslator();

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TranslationCorpusTest.class.getResourceAsStream("/translations.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                rows.add(Arguments.of(unescape(c[0]), c[1], c[2], unescape(c[3]), c.length > 4 ? c[4] : ""));
            }
        }
        return rows.stream();
    }

    /** The corpus spells a newline inside SQL as \n only in column 1's E'' strings; keep it literal. */
    private static String unescape(String s) { return s; }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void translatesAsRecorded(String postgres, String kind, String tagOrDetail, String sqlite, String flags) {
        PgStatement st = TRANSLATOR.translateOne(postgres);
        assertThat(st.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(st.source()).isEqualTo(postgres);
        if (st instanceof PgStatement.Sql sql) {
            assertThat(sql.tag().format(1)).isEqualTo(tagOrDetail);
            assertThat(sql.sqlite()).isEqualTo(sqlite);
            if (!flags.isEmpty()) {
                assertThat(sql.returnsRows()).as("returnsRows").isEqualTo(flags.startsWith("rows"));
                assertThat(sql.writes()).as("writes").isEqualTo(flags.endsWith("write"));
            }
        } else {
            assertThat(st.toString()).contains(tagOrDetail);
        }
    }
}
