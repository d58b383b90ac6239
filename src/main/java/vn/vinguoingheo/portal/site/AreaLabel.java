package vn.vinguoingheo.portal.site;

/**
 * How an area is named on a page: a legacy unit keeps its name and says where it belongs now
 * ("Bạc Liêu, nay thuộc Cà Mau"), and links to the current unit's page.
 *
 * @param url the current unit's page, or null for the whole country
 */
public record AreaLabel(String code, String name, String currentName, String url) {

    public boolean legacy() {
        return currentName != null;
    }

    public String label() {
        return legacy() ? name + ", nay thuộc " + currentName : name;
    }
}
