package vn.vinguoingheo.portal.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.serve.StaticServer;

/**
 * {@code portal serve}: builds the site for local preview (links pointing at this server) into a
 * temporary folder, so the published {@code public/} is never touched, and serves it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Tạo trang rồi mở máy chủ xem thử tại http://localhost:CỔNG/.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = "--port", paramLabel = "CỔNG", defaultValue = "8080", description = "Cổng (mặc định: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ĐỊA_CHỈ", defaultValue = "127.0.0.1",
            description = "Địa chỉ lắng nghe (mặc định: ${DEFAULT-VALUE}, chỉ máy này).")
    String bind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path site = options.siteDir();
        LoadResult loaded = Portal.check(site);
        if (loaded.hasErrors() || loaded.content().config() == null) {
            ProblemReport.print(loaded.problems(), spec.commandLine().getErr());
            return PortalCli.CONTENT_ERRORS;
        }
        String basePath = loaded.content().config().baseUrl().getPath();
        URI local = URI.create("http://localhost:" + port + basePath);
        Path output = Files.createTempDirectory("portal-serve-").resolve("site");
        try {
            Portal.BuildResult result = Portal.build(site, output, local);
            ProblemReport.print(result.problems(), spec.commandLine().getErr());
            if (!result.built()) {
                return PortalCli.CONTENT_ERRORS;
            }
        } catch (Portal.BuildFailure e) {
            spec.commandLine().getErr().println(e.getMessage());
            return PortalCli.CONTENT_ERRORS;
        }
        try (StaticServer server = StaticServer.start(output, bind, port, basePath)) {
            spec.commandLine().getOut().printf("Đang phục vụ tại %s — nhấn Ctrl+C để dừng.%n", local);
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
        return PortalCli.OK;
    }
}
