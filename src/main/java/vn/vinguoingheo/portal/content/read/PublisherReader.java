package vn.vinguoingheo.portal.content.read;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.content.check.SiteSchema;

/**
 * Reads the {@code publisher:} and {@code open_data:} sections of site.yaml: who runs the portal
 * and on what terms its data may be reused (Nghị định 42/2022/NĐ-CP and Thông tư 22/2023/TT-BTTTT
 * ask a state portal to name its managing agency, the person responsible and a contact).
 */
final class PublisherReader {

    static final List<String> PUBLISHER_KEYS = SiteSchema.names(SiteSchema.PUBLISHER);
    static final List<String> PERSON_KEYS = SiteSchema.personNames();
    static final List<String> DATA_KEYS = SiteSchema.names(SiteSchema.OPEN_DATA);
    private static final int DEFAULT_REVIEW_MONTHS = 6;

    private PublisherReader() {
    }

    static SiteConfig.Publisher publisher(Fields fields, String title, URI baseUrl) {
        fields.warnUnknownKeys(PUBLISHER_KEYS);
        String agency = fields.nonBlankText("agency", true);
        SiteConfig.Person responsible = fields.object("responsible", true, p -> person(p, List.of("name", "position")));
        String address = fields.nonBlankText("address", true);
        String phone = fields.nonBlankText("phone", true);
        String email = email(fields, "email", true);
        SiteConfig.Person focal = fields.object("focal_contact", true, p -> person(p, List.of("name", "phone", "email")));
        String reuse = Optional.ofNullable(fields.nonBlankText("reuse", false)).orElseGet(() -> defaultReuse(title, baseUrl));
        if (agency == null || responsible == null || address == null || phone == null || email == null || focal == null) {
            return null;
        }
        return new SiteConfig.Publisher(agency, responsible, address, phone, email, focal, fields.nonBlankText("licence", false), reuse);
    }

    private static SiteConfig.Person person(Fields fields, List<String> required) {
        fields.warnUnknownKeys(PERSON_KEYS);
        String name = fields.nonBlankText("name", required.contains("name"));
        String position = fields.nonBlankText("position", required.contains("position"));
        String unit = fields.nonBlankText("unit", required.contains("unit"));
        String phone = fields.nonBlankText("phone", required.contains("phone"));
        String email = email(fields, "email", required.contains("email"));
        for (String key : required) {
            if (!fields.has(key)) {
                return null;
            }
        }
        return name == null ? null : new SiteConfig.Person(name, position, unit, phone, email);
    }

    private static String email(Fields fields, String key, boolean required) {
        String email = fields.nonBlankText(key, required);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            fields.problems().error(fields.locationOf(key), "\"" + email + "\" không phải địa chỉ e-mail (ví dụ lienhe@so.gov.vn)");
            return null;
        }
        return email;
    }

    static SiteConfig.DataPolicy dataPolicy(Fields fields, String title, URI baseUrl) {
        fields.warnUnknownKeys(DATA_KEYS);
        String url = fields.nonBlankText("licence_url", false);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            fields.problems().error(fields.locationOf("licence_url"), "licence_url phải bắt đầu bằng http:// hoặc https://");
            url = null;
        }
        Integer months = Optional.ofNullable(fields.number("review_months", false)).map(n -> {
            if (n.stripTrailingZeros().scale() > 0 || n.signum() <= 0 || n.compareTo(java.math.BigDecimal.valueOf(60)) > 0) {
                fields.problems().error(fields.locationOf("review_months"), "review_months phải là số tháng nguyên từ 1 đến 60");
                return null;
            }
            return n.intValue();
        }).orElse(null);
        SiteConfig.DataPolicy defaults = defaultDataPolicy(title, baseUrl);
        return new SiteConfig.DataPolicy(fields.nonBlankText("licence", false), url,
                Optional.ofNullable(fields.nonBlankText("citation", false)).orElse(defaults.citation()),
                months == null ? defaults.reviewMonths() : months);
    }

    static SiteConfig.DataPolicy defaultDataPolicy(String title, URI baseUrl) {
        return new SiteConfig.DataPolicy(null, null, "Nguồn: " + named(title, baseUrl) + ".", DEFAULT_REVIEW_MONTHS);
    }

    private static String defaultReuse(String title, URI baseUrl) {
        return "Ghi rõ nguồn " + named(title, baseUrl) + " khi phát hành lại thông tin từ trang này.";
    }

    private static String named(String title, URI baseUrl) {
        return "“" + (title == null ? "" : title) + "”" + (baseUrl == null ? "" : " (" + baseUrl + ")");
    }
}
