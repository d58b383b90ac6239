package vn.vinguoingheo.portal.registry;

/**
 * An area an entry or figure can be about: the whole country, one of the 34 provincial units in
 * force since 1 July 2025, or one of the pre-reform units that were merged into them.
 *
 * @param currentCode the current unit this area belongs to (itself when current; {@code vn} for the country)
 */
public record Area(String code, String name, Level level, String currentCode, boolean city) {

    public enum Level { NATIONAL, CURRENT, LEGACY }

    public static final String NATIONAL_CODE = "vn";

    public boolean isLegacy() {
        return level == Level.LEGACY;
    }

    public boolean isNational() {
        return level == Level.NATIONAL;
    }

    /** "Thành phố Cần Thơ", "Tỉnh Hà Tĩnh", "Cả nước". */
    public String fullName() {
        return switch (level) {
            case NATIONAL -> name;
            case CURRENT, LEGACY -> (city ? "Thành phố " : "Tỉnh ") + name;
        };
    }
}
