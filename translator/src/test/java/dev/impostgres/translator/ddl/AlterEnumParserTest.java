package dev.impostgres.translator.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlterEnumParserTest {
    @Test
    void addValueWithPosition() {
        assertThat(DdlParser.parse("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy'"))
                .isEqualTo(new DdlCommand.AlterEnum(new QualifiedName(null, "mood"), "ecstatic", true, "happy", false, null));
        assertThat(DdlParser.parse("ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'"))
                .isEqualTo(new DdlCommand.AlterEnum(new QualifiedName(null, "mood"), "meh", false, "ok", true, null));
    }

    @Test
    void renameValue() {
        assertThat(DdlParser.parse("ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'"))
                .isEqualTo(new DdlCommand.AlterEnum(new QualifiedName(null, "mood"), "blue", false, null, false, "sad"));
    }
}
