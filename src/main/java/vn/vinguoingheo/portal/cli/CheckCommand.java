package vn.vinguoingheo.portal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.content.LoadResult;

/** {@code portal check}: reports every problem of a site without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra toàn bộ nội dung, in mọi lỗi dạng tệp:dòng:cột: thông báo. Không ghi tệp nào.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult result = Portal.check(options.siteDir());
        ProblemReport.print(result.problems(), spec.commandLine().getErr());
        if (result.hasErrors()) {
            return PortalCli.CONTENT_ERRORS;
        }
        var content = result.content();
        spec.commandLine().getOut().printf("Nội dung hợp lệ: %d bài viết, %d số liệu.%n",
                content.entries().size(), content.results().size());
        return PortalCli.OK;
    }
}
