package vn.vinguoingheo.portal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code portal} command: build, check and serve a site folder. */
@Command(name = "portal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tạo trang tĩnh cho phong trào \"Vì người nghèo – Không để ai bị bỏ lại phía sau\".",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class PortalCli implements Runnable {

    /** Exit codes: success, content or template errors, bad usage, internal failure. */
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (the tests call this). */
    public static int run(String... args) {
        Logging.quiet();
        CommandLine cli = new CommandLine(new PortalCli());
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Thiếu lệnh: dùng build, check hoặc serve (xem --help).");
    }
}
