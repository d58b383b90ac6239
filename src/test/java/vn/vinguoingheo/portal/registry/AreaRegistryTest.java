package vn.vinguoingheo.portal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaRegistryTest {

    private final AreaRegistry registry = AreaRegistry.builtIn();

    @Test
    void has34CurrentUnitsSixOfThemCities() {
        List<Area> current = registry.current();
        assertEquals(34, current.size());
        assertEquals(6, current.stream().filter(Area::city).count());
    }

    @Test
    void has63PreReformUnits() {
        // The 33 current codes other than Huế existed before, plus the 30 legacy-only codes.
        Set<String> before = new HashSet<>();
        registry.current().stream().map(Area::code).filter(c -> !c.equals("hue")).forEach(before::add);
        registry.legacy().stream().map(Area::code).forEach(before::add);
        assertEquals(63, before.size());
        assertEquals(30, registry.legacy().size());
    }

    @ParameterizedTest
    @CsvSource({
            "bac-lieu, ca-mau", "soc-trang, can-tho", "hau-giang, can-tho", "ba-ria-vung-tau, ho-chi-minh",
            "binh-duong, ho-chi-minh", "thua-thien-hue, hue", "quang-nam, da-nang", "ha-giang, tuyen-quang",
            "yen-bai, lao-cai", "bac-kan, thai-nguyen", "vinh-phuc, phu-tho", "hoa-binh, phu-tho",
            "bac-giang, bac-ninh", "thai-binh, hung-yen", "ha-nam, ninh-binh", "nam-dinh, ninh-binh",
            "quang-binh, quang-tri", "kon-tum, quang-ngai", "binh-dinh, gia-lai", "ninh-thuan, khanh-hoa",
            "dak-nong, lam-dong", "binh-thuan, lam-dong", "phu-yen, dak-lak", "binh-phuoc, dong-nai",
            "long-an, tay-ninh", "ben-tre, vinh-long", "tra-vinh, vinh-long", "tien-giang, dong-thap",
            "kien-giang, an-giang", "hai-duong, hai-phong"})
    void mapsEveryLegacyUnitToItsCurrentUnit(String legacy, String current) {
        Area area = registry.byCode(legacy).orElseThrow();
        assertTrue(area.isLegacy());
        assertEquals(current, registry.currentOf(area).code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TP.HCM | ho-chi-minh", "TP. Hồ Chí Minh | ho-chi-minh", "Thành phố Hồ Chí Minh | ho-chi-minh",
            "Sài Gòn | ho-chi-minh", "Bà Rịa - Vũng Tàu | ba-ria-vung-tau", "Bà Rịa-Vũng Tàu | ba-ria-vung-tau",
            "BR-VT | ba-ria-vung-tau", "Thanh Hoá | thanh-hoa", "Thanh Hóa | thanh-hoa", "Khánh Hoà | khanh-hoa",
            "Hoà Bình | hoa-binh", "Đắc Lắc | dak-lak", "Đắk Lắk | dak-lak", "Ha Tinh | ha-tinh", "tỉnh Hà Tĩnh | ha-tinh",
            "Bạc Liêu | bac-lieu", "vn | vn", "Cả nước | vn", "Huế | hue", "Thừa Thiên Huế | thua-thien-hue"})
    void acceptsCommonSpellings(String written, String code) {
        assertEquals(code, registry.find(written).orElseThrow().code());
    }

    @Test
    void unknownNamesAreNotFound() {
        assertTrue(registry.find("Ha Tinhh").isEmpty());
        assertTrue(registry.find("Atlantis").isEmpty());
    }

    @Test
    void legacyUnitsMergedIntoACurrentUnit() {
        Area hcm = registry.byCode("ho-chi-minh").orElseThrow();
        assertEquals(List.of("binh-duong", "ba-ria-vung-tau"), registry.mergedInto(hcm).stream().map(Area::code).toList());
        assertEquals("Thành phố Hồ Chí Minh", hcm.fullName());
        assertEquals("Tỉnh Bạc Liêu", registry.byCode("bac-lieu").orElseThrow().fullName());
    }
}
