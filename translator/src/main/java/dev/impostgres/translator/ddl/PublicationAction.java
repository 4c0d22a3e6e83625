package dev.impostgres.translator.ddl;

/** What ALTER PUBLICATION does. */
public sealed interface PublicationAction {
    enum Change { ADD, DROP, SET }

    /** ADD | DROP | SET TABLE … / TABLES IN SCHEMA …. */
    record Objects(Change change, PublicationObjects objects) implements PublicationAction {}

    /** SET ( option [= value] [, …] ). */
    record SetOptions(PublicationOptions options) implements PublicationAction {}

    record Rename(String to) implements PublicationAction {}

    record Owner(String role) implements PublicationAction {}
}
