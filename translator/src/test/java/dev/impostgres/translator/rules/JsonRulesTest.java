package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jsonb's delete operators, subscripting, the json builders' numeric arguments and the record functions. */
class JsonRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    /** Table t: id int4, name text, j jsonb, tags text[]. */
    private static final Map<String, PgType> COLUMNS = Map.of("id", PgTypes.INT4, "name", PgTypes.TEXT,
            "j", PgTypes.JSONB, "tags", PgTypes.byName("text[]"));
    private static final ColumnTypes TABLE_T = new ColumnTypes() {
        @Override
        public PgType of(String qualifier, String name) {
            return qualifier == null || qualifier.equals("t") ? COLUMNS.get(name) : null;
        }

        @Override
        public List<String> columnNames(String relation) {
            return relation.equals("t") ? List.of("id", "name", "j", "tags") : null;
        }
    };

    private PgStatement.Sql typed(String text) {
        return TypedTranslation.withColumnTypes((PgStatement.Sql) translator.translateOne(text), TABLE_T);
    }

    private List<String> types(String text) {
        return typed(text).columnTypes().stream().map(t -> t == null ? null : t.name()).toList();
    }

    @Test
    void debug() {
        System.out.println(typed("SELECT * FROM jsonb_populate_record(NULL::t, '{\"id\": 7}')").sqlite());
        System.out.println(typed("SELECT to_jsonb(t) AS a, row_to_json(t) FROM t").sqlite());
        System.out.println(typed("SELECT j - 'a', j - 1, j - ARRAY['a'], j - '{a}'::text[], j #- '{a,b}' FROM t").sqlite());
        System.out.println(typed("UPDATE t SET j['a']['c'] = '\"new\"', id = 2 WHERE id = 1").sqlite());
    }
}
