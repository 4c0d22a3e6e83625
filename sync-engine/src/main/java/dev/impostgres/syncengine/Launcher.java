package dev.impostgres.syncengine;

import dev.impostgres.syncengine.zero.ZeroCommand;
import dev.impostgres.wire.cli.Main;
import picocli.CommandLine;

/** The runnable jar's entry point: the server's command line ({@code impostgres [options]}) plus {@code zero}. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Main()).addSubcommand("zero", new ZeroCommand());
        int code = commandLine.execute(args);
        if (code != 0) System.exit(code);
    }
}
