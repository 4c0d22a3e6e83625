package dev.impostgres.translator.types;

import java.util.List;

/**
 * An array value as Postgres holds it: its dimensions, their lower bounds and the elements in row-major order
 * (null for NULL). Elements are kept in their text form. No dimensions means the empty array.
 */
record PgArray(int[] dims, int[] lowerBounds, List<String> elements) {}
