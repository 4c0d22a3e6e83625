package dev.impostgres.translator.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values come from pg_type, pg_attribute.atttypmod and format_type() on a real server. */
class PgTypesTest {

    @Test
    void builtinTypesCarryPostgresOidsLengthsAndArrayTypes() {
        assertThat(PgTypes.INT4).isEqualTo(new PgType(23, "int4", (short) 4, 1007, 0));
        assertThat(PgTypes.CHAR).isEqualTo(new PgType(18, "char", (short) 1, 1002, 0));
        assertThat(PgTypes.UNKNOWN).isEqualTo(new PgType(705, "unknown", (short) -2, 0, 0));
        assertThat(PgTypes.JSON.arrayOid()).isEqualTo(199);
        assertThat(PgTypes.UUID.typlen()).isEqualTo((short) 16);
        assertThat(PgTypes.byOid(1007)).isEqualTo(new PgType(1007, "_int4", (short) -1, 0, 23));
        assertThat(PgTypes.byOid(1009).elementOid()).isEqualTo(25);
        assertThat(PgTypes.byOid(1185).name()).isEqualTo("_timestamptz");
        assertThat(PgTypes.byOid(3807).name()).isEqualTo("_jsonb");
        assertThat(PgTypes.byOid(3221).name()).isEqualTo("_pg_lsn");
        assertThat(PgTypes.byOid(1270).name()).isEqualTo("_timetz");
        assertThat(PgTypes.byOid(999_999)).isNull();
    }

    @Test
    void everyTypeWithAnArrayTypeResolvesBothWays() {
        for (PgType type : PgTypes.all()) {
            if (type.arrayOid() != 0) {
                PgType array = PgTypes.byOid(type.arrayOid());
                assertThat(array.elementOid()).as(type.name()).isEqualTo(type.oid());
                assertThat(array.isArray()).isTrue();
            }
        }
        assertThat(PgTypes.all()).hasSizeGreaterThan(180);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "int|23", "INTEGER|23", "int4|23", "serial|23", "serial4|23", "smallint|21", "smallserial|21",
            "bigint|20", "bigserial|20", "int8|20", "real|700", "float|701", "float(24)|700", "float(25)|701",
            "double precision|701", "Double  Precision|701", "decimal|1700", "numeric(10,2)|1700", "boolean|16",
            "character varying(20)|1043", "varchar(3)|1043", "varchar|1043", "character(3)|1042", "char(3)|1042",
            "char|1042", "bpchar|1042", "\"char\"|18", "text|25", "bytea|17", "uuid|2950", "date|1082", "time|1083",
            "time without time zone|1083", "time(3) with time zone|1266", "timetz|1266", "timestamp|1114",
            "timestamp(3)|1114", "timestamp(6) without time zone|1114", "timestamptz|1184",
            "timestamp with time zone|1184", "interval|1186", "interval day to second(2)|1186", "json|114",
            "jsonb|3802", "int[]|1007", "integer[3]|1007", "int4[][]|1007", "_int4|1007", "text[]|1009",
            "varchar(20)[]|1015", "integer array|1007", "pg_catalog.int4|23", "pg_catalog.varchar(5)|1043",
            "bit|1560", "bit varying(4)|1562", "oid|26", "name|19", "pg_lsn|3220", "inet|869", "money|790",
            "timestamptz[]|1185", "double precision[]|1022"})
    void sqlSpellingsResolveToTheirType(String sql, int oid) {
        assertThat(PgTypes.byName(sql)).isNotNull().extracting(PgType::oid).isEqualTo(oid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nosuchtype", "float(54)", "varchar(0)", "timestamp with time", "int(", "\"int4x\""})
    void unknownOrInvalidSpellingsAreNull(String sql) {
        assertThat(PgTypes.byName(sql)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "varchar(20)|24|character varying(20)", "char(3)|7|character(3)", "char|5|character(1)",
            "numeric(10,2)|655366|numeric(10,2)", "numeric(5)|327684|numeric(5,0)",
            "timestamp(3)|3|timestamp(3) without time zone", "timestamptz(0)|0|timestamp(0) with time zone",
            "time(2)|2|time(2) without time zone", "timetz(4)|4|time(4) with time zone",
            "interval(3)|2147418115|interval(3)", "interval day to second(2)|470286338|interval day to second(2)",
            "interval year|327679|interval year", "interval minute|134283263|interval minute", "bit|1|bit(1)",
            "bit(5)|5|bit(5)", "varbit(7)|7|bit varying(7)", "varchar(20)[]|24|character varying(20)[]",
            "int[3]|-1|integer[]", "float(10)|-1|real", "float(30)|-1|double precision", "\"char\"|-1|\"char\"",
            "numeric|-1|numeric", "timestamp|-1|timestamp without time zone", "character varying|-1|character varying",
            "bpchar|-1|bpchar", "decimal(7,3)[]|458759|numeric(7,3)[]", "boolean[]|-1|boolean[]",
            "smallint|-1|smallint", "bigint|-1|bigint", "jsonb|-1|jsonb", "interval|-1|interval",
            "time with time zone|-1|time with time zone"})
    void typmodAndFormatTypeMatchPostgres(String declared, int typmod, String formatted) {
        assertThat(PgTypes.typmodOf(declared)).isEqualTo(typmod);
        assertThat(PgTypes.formatType(PgTypes.byName(declared), typmod)).isEqualTo(formatted);
    }

    @Test
    void formatTypeOfUnmodifiedBitIsQuoted() {
        assertThat(PgTypes.formatType(PgTypes.BIT, -1)).isEqualTo("\"bit\"");
        assertThat(PgTypes.formatType(PgTypes.byOid(1002), -1)).isEqualTo("\"char\"[]");
        assertThat(PgTypes.formatType(PgTypes.UNKNOWN, -1)).isEqualTo("unknown");
        assertThat(PgTypes.formatType(PgTypes.RECORD, -1)).isEqualTo("record");
    }
}
