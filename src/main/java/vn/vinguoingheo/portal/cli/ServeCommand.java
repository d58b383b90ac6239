package vn.vinguoingheo.portal.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vinguoingheo.portal.serve.DevServer;

/**
 * {@code portal serve}: the editors' preview, rebuilt and reloaded on every save. The published
 * {@code public/} is never touched.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Xem thử trang tại http://localhost:CỔNG/: tự tạo lại và tải lại trang mỗi khi lưu tệp; "
                + "hiện cả bài nháp và bài hẹn giờ (có nhãn).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Mixin
    CacheOptions cache;

    @Option(names = "--port", paramLabel = "CỔNG", defaultValue = "8080", description = "Cổng (mặc định: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ĐỊA_CHỈ", defaultValue = "127.0.0.1",
            description = "Địa chỉ lắng nghe (mặc định: ${DEFAULT-VALUE}, chỉ máy này).")
    String bind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        try (DevServer server = DevServer.start(options.siteDir(), bind, port, spec.commandLine().getOut(),
                cache.open(options.siteDir(), spec.commandLine().getErr()))) {
            spec.commandLine().getOut().printf("Đang phục vụ tại %s — nhấn Ctrl+C để dừng.%n", server.url());
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("Cổng " + port + " đang bận; chọn cổng khác bằng --port.");
            return PortalCli.USAGE;
        }
        return PortalCli.OK;
    }
}
