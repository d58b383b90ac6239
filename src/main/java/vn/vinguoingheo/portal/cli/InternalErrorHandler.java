package vn.vinguoingheo.portal.cli;

import picocli.CommandLine;

/** An unexpected failure: one line asking for a report, the stack trace only with --verbose. */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        cli.getErr().println("Lỗi nội bộ của công cụ (" + e.getClass().getSimpleName() + "). Xin báo lỗi kèm lệnh đã chạy"
                + (verbose ? ":" : "; chạy lại với --verbose để xem chi tiết."));
        if (verbose) {
            e.printStackTrace(cli.getErr());
        }
        return PortalCli.INTERNAL;
    }
}
