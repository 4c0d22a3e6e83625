package dev.impostgres.translator.storage;

/** A column a written value lands in: its name and declared Postgres type (OID and typmod, -1 for none). */
public record TargetColumn(String name, int typeOid, int typmod) {}
