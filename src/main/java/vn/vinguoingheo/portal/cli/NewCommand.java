package vn.vinguoingheo.portal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.check.Suggestions;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.AreaRegistry;
import vn.vinguoingheo.portal.site.Visibility;
import vn.vinguoingheo.portal.text.VietnameseText;

/** {@code portal new}: writes a new entry with every required field, ready to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Tạo bài mới: content/models|decisions|stories/<slug>.md, slug lấy từ tiêu đề, ở trạng thái nháp.")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LOẠI", description = "model, decision hoặc story.")
    String kindName;

    @Option(names = "--title", required = true, paramLabel = "TIÊU_ĐỀ", description = "Tiêu đề bài.")
    String title;

    @Option(names = "--province", paramLabel = "TỈNH", description = "Mã hoặc tên tỉnh, thành (mặc định: vn, cả nước).")
    String province;

    @Option(names = "--type", paramLabel = "LOẠI_MÔ_HÌNH", description = "Mã loại mô hình (chỉ với model; mặc định: loại đầu tiên).")
    String modelType;

    @Mixin
    SiteOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Optional<Kind> kind = Kind.byName(kindName);
        if (kind.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Loại bài \"" + kindName + "\" không có; dùng model, decision hoặc story.");
        }
        String slug = VietnameseText.slug(VietnameseText.nfc(title));
        if (slug.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Tiêu đề cần có chữ hoặc số.");
        }
        Optional<Area> area = AreaRegistry.builtIn().find(province == null ? Area.NATIONAL_CODE : province);
        if (area.isEmpty()) {
            err.println("Tỉnh/thành \"" + province + "\" không có trong danh mục" + nearest(province, AreaRegistry.builtIn().lookupKeys().keySet()) + ".");
            return PortalCli.CONTENT_ERRORS;
        }
        Map<String, ModelType> types = ContentLoader.modelTypes(options.siteDir());
        String type = modelType == null ? types.keySet().iterator().next() : modelType;
        if (kind.get() == Kind.MODEL && !types.containsKey(type)) {
            err.println("Loại mô hình \"" + type + "\" không có trong model-types.yaml" + nearest(type, types.keySet()) + ".");
            return PortalCli.CONTENT_ERRORS;
        }
        Path file = options.siteDir().resolve(ContentLoader.CONTENT_DIR).resolve(kind.get().folder()).resolve(slug + ".md");
        String text = EntryScaffold.of(kind.get(), VietnameseText.nfc(title), area.get().code(), type, Visibility.published().today());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println("Đã có tệp " + options.siteDir().relativize(file) + "; không ghi đè. Đặt tiêu đề khác hoặc sửa tệp đó.");
            return PortalCli.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("Đã tạo " + options.siteDir().relativize(file) + " (bản nháp: xoá dòng \"draft: true\" khi sẵn sàng đăng).");
        return PortalCli.OK;
    }

    private static String nearest(String typed, java.util.Collection<String> known) {
        return Suggestions.hint(typed, known);
    }
}
