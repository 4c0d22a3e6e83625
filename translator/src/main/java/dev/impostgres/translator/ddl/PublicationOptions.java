package dev.impostgres.translator.ddl;

import java.util.Set;

/**
 * A publication's {@code WITH (…)} options; a null field was not given (CREATE then uses Postgres's default: every
 * operation published, publish_via_partition_root false; ALTER … SET leaves it as it was).
 */
public record PublicationOptions(Set<Operation> publish, Boolean viaPartitionRoot) {
    public static final PublicationOptions NONE = new PublicationOptions(null, null);

    /** The operations the {@code publish} option names, as pg_publication's pubinsert … pubtruncate. */
    public enum Operation { INSERT, UPDATE, DELETE, TRUNCATE }

    public PublicationOptions {
        publish = publish == null ? null : Set.copyOf(publish);
    }
}
