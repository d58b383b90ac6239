package vn.vinguoingheo.portal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code portal} command: build, check and serve a site folder. */
@Command(name = "portal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tạo trang tĩnh cho phong trào \"Vì người nghèo – Không để ai bị bỏ lại phía sau\".",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, CommandLine.HelpCommand.class})
public final class PortalCli implements Runnable {

    /** Exit codes: success, content or template errors, bad usage, internal failure. */
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (Throwable e) {
            // Errors (out of memory, a broken installation) escape picocli's handler; still one line, no trace.
            System.err.println("Lỗi nội bộ của công cụ (" + e.getClass().getSimpleName() + "). Xin báo lỗi kèm lệnh đã chạy.");
            code = INTERNAL;
        }
        System.exit(code);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line with the given streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Logging.quiet();
        CommandLine cli = new CommandLine(new PortalCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Thiếu lệnh: dùng build, check hoặc serve (xem --help).");
    }
}
