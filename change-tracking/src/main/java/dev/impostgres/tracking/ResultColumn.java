package dev.impostgres.tracking;

import dev.impostgres.translator.types.PgType;

/**
 * One column of a result as RowDescription describes it. {@code tableOid}/{@code columnNumber} are 0 for
 * expressions; {@code typmod} is -1 when there is none (e.g. varchar(20) has 24, numeric(10,2) has 655366).
 */
public record ResultColumn(String name, PgType type, int typmod, int tableOid, short columnNumber) {}
