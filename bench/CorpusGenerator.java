import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic site to the content contract for benchmarks: N models of ~400 Vietnamese
 * words across every province code (current and legacy) and model type, N/10 stories, N/100
 * decisions and yearly results for every current province. Deterministic for a given N.
 *
 * Usage: java bench/CorpusGenerator.java N OUT_DIR [--hugo] [--jbake]
 * With --hugo it also writes a Hugo site of the same pages (same front matter, taxonomies by
 * province and model type, paginated lists) into OUT_DIR-hugo; with --jbake, a stock JBake site
 * (JBake's own header format, Freemarker templates, default renderers) into OUT_DIR-jbake.
 */
public class CorpusGenerator {

    static final String[] CURRENT = {"ha-noi", "hue", "hai-phong", "da-nang", "ho-chi-minh", "can-tho", "lai-chau", "dien-bien",
            "son-la", "lang-son", "cao-bang", "quang-ninh", "thanh-hoa", "nghe-an", "ha-tinh", "tuyen-quang", "lao-cai",
            "thai-nguyen", "phu-tho", "bac-ninh", "hung-yen", "ninh-binh", "quang-tri", "quang-ngai", "gia-lai", "khanh-hoa",
            "lam-dong", "dak-lak", "dong-nai", "tay-ninh", "vinh-long", "dong-thap", "ca-mau", "an-giang"};
    static final String[] LEGACY = {"thua-thien-hue", "hai-duong", "quang-nam", "binh-duong", "ba-ria-vung-tau", "soc-trang",
            "hau-giang", "ha-giang", "yen-bai", "bac-kan", "vinh-phuc", "hoa-binh", "bac-giang", "thai-binh", "ha-nam", "nam-dinh",
            "quang-binh", "kon-tum", "binh-dinh", "ninh-thuan", "dak-nong", "binh-thuan", "phu-yen", "binh-phuoc", "long-an",
            "ben-tre", "tra-vinh", "tien-giang", "bac-lieu", "kien-giang"};
    static final String[] TYPES = {"sinh-ke", "viec-lam", "nha-o", "tin-dung", "bao-hiem-y-te", "giao-duc", "thong-tin", "an-sinh",
            "nuoc-sinh-hoat", "tro-giup-phap-ly", "du-lich-cong-dong", "khu-dan-cu"};
    static final String[] STAGES = {"phat-hien", "boi-duong", "tuyen-truyen", "nhan-rong"};
    static final String[] WORDS = ("hộ nghèo cận nghèo thoát nghèo bền vững mô hình sinh kế nuôi bò trồng lúa cây ăn trái "
            + "phụ nữ thanh niên nông dân hợp tác xã vay vốn ưu đãi ngân hàng chính sách xã hội đào tạo nghề việc làm "
            + "nhà đại đoàn kết bảo hiểm y tế học sinh đồng bào dân tộc thiểu số vùng sâu vùng xa xã đặc biệt khó khăn "
            + "mặt trận tổ quốc chính quyền địa phương hỗ trợ giống vốn kỹ thuật đầu ra sản phẩm thu nhập ổn định "
            + "phong trào thi đua nhân rộng tuyên truyền bồi dưỡng phát hiện điển hình tiên tiến cộng đồng dân cư").split(" ");

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        List<String> flags = List.of(args).subList(2, args.length);
        Random random = new Random(42);
        List<String> areas = new ArrayList<>(List.of(CURRENT));
        areas.addAll(List.of(LEGACY));
        write(out.resolve("content/site.yaml"), "title: Thử tải\nbase_url: https://bench.example.vn/\n");
        for (int i = 0; i < n; i++) {
            String area = areas.get(i % areas.size());
            String type = TYPES[i % TYPES.length];
            String title = "Mô hình " + words(random, 5) + " số " + i;
            String date = date(i);
            String front = "---\ntitle: \"" + title + "\"\nprovince: " + area + "\nmodel_type: " + type + "\ndate: " + date
                    + "\nsummary: \"" + words(random, 25) + ".\"\nstage: " + STAGES[i % 4]
                    + "\nsources:\n  - {title: \"Nguồn " + i + "\", publisher: Báo thử}\nreplication:\n  conditions: \""
                    + words(random, 12) + "\"\n  steps: [\"" + words(random, 6) + "\", \"" + words(random, 6) + "\"]\n---\n";
            write(out.resolve("content/models/mo-hinh-" + i + ".md"), front + body(random, 400));
        }
        for (int i = 0; i < n / 10; i++) {
            String front = "---\ntitle: \"Tin " + words(random, 6) + " " + i + "\"\ndate: " + date(i * 7) + "\nsummary: \""
                    + words(random, 20) + ".\"\nprovince: " + areas.get(i % areas.size()) + "\nmodels: [mo-hinh-" + i
                    + "]\nsources:\n  - {title: \"Nguồn tin " + i + "\"}\n---\n";
            write(out.resolve("content/stories/tin-" + i + ".md"), front + body(random, 300));
        }
        for (int i = 0; i < Math.max(1, n / 100); i++) {
            String front = "---\ntitle: \"Kế hoạch " + i + "\"\nnumber: \"" + i + "/KH-UBND\"\nissued: " + date(i * 13)
                    + "\nissuer: UBND tỉnh\nprovince: " + CURRENT[i % CURRENT.length] + "\nsummary: \"" + words(random, 20)
                    + ".\"\nsources:\n  - {title: \"Văn bản " + i + "\"}\n---\n";
            write(out.resolve("content/decisions/ke-hoach-" + i + ".md"), front + body(random, 300));
        }
        StringBuilder results = new StringBuilder();
        for (String area : CURRENT) {
            for (int year = 2016; year <= 2025; year++) {
                results.append("- {area: ").append(area).append(", indicator: poor-household-rate, year: ").append(year)
                        .append(", value: ").append(String.format(java.util.Locale.ROOT, "%.2f", 1 + random.nextDouble() * 9))
                        .append(", source: {title: Báo cáo năm ").append(year).append("}}\n");
            }
        }
        write(out.resolve("content/results/ty-le-ho-ngheo.yaml"), results.toString());
        if (flags.contains("--hugo")) {
            writeHugo(out, Path.of(args[1] + "-hugo"));
        }
        if (flags.contains("--hugo-equal")) {
            writeHugoEqualWork(Path.of(args[1] + "-hugo").toAbsolutePath(), Path.of(args[1] + "-hugo-equal"));
        }
        if (flags.contains("--jbake")) {
            writeJBake(out, Path.of(args[1] + "-jbake"));
        }
    }

    static String date(int i) {
        return java.time.LocalDate.of(2016, 1, 1).plusDays(i % 3000).toString();
    }

    static String words(Random random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    static String body(Random random, int words) {
        StringBuilder s = new StringBuilder("## Câu chuyện\n\n");
        for (int written = 0; written < words; written += 50) {
            s.append(words(random, 50)).append(".\n\n");
            if (written % 200 == 0) {
                s.append("- ").append(words(random, 8)).append("\n- ").append(words(random, 8)).append("\n\n");
            }
        }
        return s.toString();
    }

    /** The same entries as a Hugo site: sections, taxonomies by province and model type, paginated lists. */
    static void writeHugo(Path portal, Path hugo) throws IOException {
        write(hugo.resolve("hugo.toml"), """
                baseURL = "https://bench.example.vn/"
                languageCode = "vi"
                title = "Thử tải"
                disableKinds = ["RSS"]
                [pagination]
                  pagerSize = 50
                [taxonomies]
                  province = "province"
                  model_type = "model_type"
                """);
        write(hugo.resolve("layouts/_default/baseof.html"), """
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><header><nav><a href="/models/">Mô hình</a> <a href="/province/">Tỉnh</a></nav></header>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
                {{ with .Params.province }}<p>{{ . }}</p>{{ end }}{{ .Content }}</article>{{ end }}
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ $p := .Paginate .Pages }}
                {{ range $p.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p></article>{{ end }}
                {{ with $p.Next }}<a href="{{ .URL }}">Trang sau</a>{{ end }}{{ end }}
                """);
        write(hugo.resolve("layouts/_default/terms.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                """);
        for (String kind : List.of("models", "stories", "decisions")) {
            Path from = portal.resolve("content/" + kind);
            try (var files = Files.list(from)) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8).replace("\nissued: ", "\ndate: ");
                    write(hugo.resolve("content/" + kind + "/" + f.getFileName()), text);
                }
            }
        }
    }

    /**
     * The Hugo site above doing the work Hugo can do of what the portal does besides pages: a JSON
     * search index of every entry (an output format of the home page) and a share image per page,
     * drawn with images.Text on a base card (title, place, site name) in the portal's font. Its
     * content is the other site's (contentDir); the font files are copied in by bench/run.
     */
    static void writeHugoEqualWork(Path pagesOnly, Path hugo) throws IOException {
        String config = Files.readString(pagesOnly.resolve("hugo.toml"), StandardCharsets.UTF_8);
        write(hugo.resolve("hugo.toml"), "contentDir = \"" + pagesOnly.resolve("content") + "\"\n" + config
                + "[outputs]\n  home = [\"HTML\", \"JSON\"]\n");
        for (String layout : List.of("baseof.html", "list.html", "terms.html")) {
            write(hugo.resolve("layouts/_default/" + layout), Files.readString(pagesOnly.resolve("layouts/_default/" + layout)));
        }
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}{{ $bold := resources.Get "fonts/NotoSans-Bold.ttf" }}{{ $regular := resources.Get "fonts/NotoSans-Regular.ttf" }}
                {{ $place := "" }}{{ with .Params.province }}{{ $place = printf "%v" . }}{{ end }}
                {{ $card := (resources.Get "card.png").Filter
                  (images.Text site.Title (dict "color" "#7a0f12" "size" 28 "x" 152 "y" 62 "font" $bold))
                  (images.Text .Title (dict "color" "#1d2329" "size" 60 "linespacing" 12 "x" 88 "y" 196 "font" $bold))
                  (images.Text $place (dict "color" "#1d2329" "size" 32 "x" 88 "y" 520 "font" $bold))
                  (images.Text "bench.example.vn" (dict "color" "#4f5b66" "size" 24 "x" 880 "y" 560 "font" $regular)) }}
                <article><h1>{{ .Title }}</h1><img src="{{ $card.RelPermalink }}" width="1200" height="630" alt="{{ .Title }}">
                <p>{{ .Params.summary }}</p>{{ with .Params.province }}<p>{{ . }}</p>{{ end }}{{ .Content }}</article>{{ end }}
                """);
        write(hugo.resolve("layouts/index.json"), """
                {{- $entries := slice -}}
                {{- range site.RegularPages -}}
                {{- $entries = $entries | append (dict "title" .Title "url" .RelPermalink "summary" .Params.summary "province" .Params.province "model_type" .Params.model_type "text" .Plain) -}}
                {{- end -}}
                {{- $entries | jsonify -}}
                """);
        // The base card: white, the brand's edge and the tinted band at the foot, as the portal draws them.
        java.awt.image.BufferedImage card = new java.awt.image.BufferedImage(1200, 630, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = card.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1200, 630);
        g.setColor(new java.awt.Color(0xa4161a));
        g.fillRect(0, 0, 20, 630);
        g.fillOval(88, 54, 44, 44);
        g.setColor(new java.awt.Color(0xf5f1ea));
        g.fillRect(20, 486, 1180, 144);
        g.dispose();
        Files.createDirectories(hugo.resolve("assets"));
        javax.imageio.ImageIO.write(card, "png", hugo.resolve("assets/card.png").toFile());
    }

    /** The same entries for stock JBake: its key=value header, type post, its default renderers. */
    static void writeJBake(Path portal, Path jbake) throws IOException {
        write(jbake.resolve("jbake.properties"), "site.host=https://bench.example.vn\nrender.tags=true\nrender.archive=true\n"
                + "render.feed=true\nrender.sitemap=true\ntemplate.sitemap.file=sitemap.ftl\n");
        String layout = "<#macro page><!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>x</title></head><body><#nested></body></html></#macro>\n";
        write(jbake.resolve("templates/index.ftl"), layout + "<@page><#list posts as p><#if p?index lt 50><h2><a href=\"${p.uri}\">${p.title}</a></h2></#if></#list></@page>");
        write(jbake.resolve("templates/post.ftl"), layout + "<@page><h1>${content.title}</h1><#if content.previousContent??><a href=\"${content.previousContent.uri}\">trước</a></#if>${content.body}</@page>");
        write(jbake.resolve("templates/page.ftl"), layout + "<@page>${content.body}</@page>");
        write(jbake.resolve("templates/archive.ftl"), layout + "<@page><#list published_posts as p><a href=\"${p.uri}\">${p.title}</a></#list></@page>");
        write(jbake.resolve("templates/tags.ftl"), layout + "<@page><#list tag_posts as p><a href=\"${p.uri}\">${p.title}</a></#list></@page>");
        write(jbake.resolve("templates/feed.ftl"), "<feed><#list published_posts as p><#if p?index lt 50><entry>${p.title}</entry></#if></#list></feed>");
        write(jbake.resolve("templates/sitemap.ftl"), "<urlset><#list published_content as c><url>${c.uri}</url></#list></urlset>");
        for (String kind : List.of("models", "stories", "decisions")) {
            try (var files = Files.list(portal.resolve("content/" + kind))) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    int end = text.indexOf("\n---\n", 4);
                    String front = text.substring(4, end);
                    String title = front.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7).replace("\"", "");
                    String date = front.lines().filter(l -> l.startsWith("date: ") || l.startsWith("issued: ")).findFirst().orElseThrow().replaceAll("^\\w+: ", "");
                    String tags = front.lines().filter(l -> l.startsWith("province: ")).findFirst().map(l -> l.substring(10)).orElse("vn");
                    write(jbake.resolve("content/" + kind + "/" + f.getFileName()), "title=" + title + "\ndate=" + date
                            + "\ntype=post\ntags=" + tags + "\nstatus=published\n~~~~~~\n" + text.substring(end + 5));
                }
            }
        }
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
