package dev.impostgres.translator.ddl;

import java.util.List;

/**
 * One column of CREATE TABLE / ALTER TABLE ADD COLUMN. {@code typeName} is the type as written (for enums and error
 * messages); {@code typeOid}/{@code typmod} its resolution (0 when it is not a built-in type, e.g. an enum).
 * Expressions are kept in their Postgres spelling. {@code identity} is 'a' (ALWAYS), 'd' (BY DEFAULT) or 0;
 * {@code serial} true for serial/bigserial/smallserial.
 */
public record ColumnDef(String name, String typeName, int typeOid, int typmod, boolean notNull, boolean explicitNull,
                        String defaultExpr, char identity, SequenceOptions identityOptions, boolean serial,
                        String generatedExpr, List<TableConstraint> constraints) {}
