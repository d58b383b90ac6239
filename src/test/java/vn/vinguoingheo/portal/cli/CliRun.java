package vn.vinguoingheo.portal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in-process, keeping what it printed on each stream. */
final class CliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs the command line; returns its exit code. */
    int run(String... args) {
        return PortalCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
