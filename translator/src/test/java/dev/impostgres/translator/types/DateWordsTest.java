package dev.impostgres.translator.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Spelled-out date input and AM/PM times, as Postgres's datetime parser reads them. */
class DateWordsTest {
    private final ValueCodec codec = new ValueCodec();

    @Test
    void monthNamesInAnyOrderGiveTheIsoDate() {
        assertThat(codec.decodeText(PgTypes.DATE, "January 8, 1999")).isEqualTo("1999-01-08");
        assertThat(codec.decodeText(PgTypes.DATE, "8 Jan 1999")).isEqualTo("1999-01-08");
        assertThat(codec.decodeText(PgTypes.DATE, "1999-Jan-08")).isEqualTo("1999-01-08");
        assertThat(codec.decodeText(PgTypes.TIMESTAMP, "Jan 8, 1999 04:05:06")).isEqualTo("1999-01-08 04:05:06");
    }

    @Test
    void pmAddsTwelveHoursAndTwelveAmIsMidnight() {
        assertThat(codec.decodeText(PgTypes.TIME, "4:05 PM")).isEqualTo("16:05:00");
        assertThat(codec.decodeText(PgTypes.TIME, "12:30 am")).isEqualTo("00:30:00");
        assertThat(codec.decodeText(PgTypes.TIME, "12:30 pm")).isEqualTo("12:30:00");
        assertThat(codec.decodeText(PgTypes.TIMESTAMP, "2024-01-02 4:05 pm")).isEqualTo("2024-01-02 16:05:00");
        assertThatThrownBy(() -> codec.decodeText(PgTypes.TIME, "13:00 pm")).hasMessageContaining("out of range");
    }
}
