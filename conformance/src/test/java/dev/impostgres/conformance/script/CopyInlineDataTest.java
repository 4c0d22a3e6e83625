package dev.impostgres.conformance.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyInlineDataTest {

    @Test
    void copyFromStdinKeepsItsDataLinesUpToTheEndMarker() {
        assertThat(ScriptSplitter.split("COPY t FROM STDIN;\n1\ta;b\n2\t'x\n\\.\nSELECT 1;"))
                .containsExactly("COPY t FROM STDIN;\n1\ta;b\n2\t'x\n\\.", "SELECT 1");
    }

    @Test
    void theStatementSplitsIntoQueryAndTextData() {
        CopyInlineData inline = CopyInlineData.of("COPY t FROM STDIN (FORMAT csv);\n1,\"a\"\n\\.");
        assertThat(inline.query()).isEqualTo("COPY t FROM STDIN (FORMAT csv)");
        assertThat(new String(inline.bytes(false), StandardCharsets.UTF_8)).isEqualTo("1,\"a\"\n");
    }

    @Test
    void binaryDataIsHexWithSpacesAndCommentsIgnored() {
        CopyInlineData inline = CopyInlineData.of("COPY t FROM STDIN (FORMAT binary);\nffff 00 # trailer\n0a\n\\.");
        assertThat(inline.bytes(true)).containsExactly(0xff, 0xff, 0x00, 0x0a);
    }

    @Test
    void copyToStdoutAndPlainStatementsHaveNoInlineData() {
        assertThat(CopyInlineData.of("COPY t TO STDOUT")).isNull();
        assertThat(CopyInlineData.of("SELECT 1")).isNull();
    }

    @Test
    void missingEndMarkerIsAnErrorNotASilentlyEmptyCopy() {
        assertThatThrownBy(() -> ScriptSplitter.split("COPY t FROM STDIN;\n1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\\.");
    }
}
