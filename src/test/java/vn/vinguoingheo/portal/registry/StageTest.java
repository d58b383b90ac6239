package vn.vinguoingheo.portal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void theFourStepsInOrderWithTheirCodesAndLabels() {
        List<String> written = List.of("phat-hien Phát hiện 1", "boi-duong Bồi dưỡng 2", "tuyen-truyen Tuyên truyền 3", "nhan-rong Nhân rộng 4");
        for (String line : written) {
            String code = line.substring(0, line.indexOf(' '));
            Stage stage = Stage.byCode(code).orElseThrow();
            assertEquals(code, stage.code());
            assertEquals(line.substring(code.length() + 1, line.lastIndexOf(' ')), stage.label());
            assertEquals(Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1)), stage.number());
        }
        assertEquals(Optional.empty(), Stage.byCode("nhan-rongg"));
        assertEquals(Optional.empty(), Stage.byCode("Nhân rộng"));
    }

    @Test
    void theCountryIsNationalAndNoProvinceIs() {
        AreaRegistry registry = AreaRegistry.builtIn();
        Area country = registry.byCode(Area.NATIONAL_CODE).orElseThrow();
        assertTrue(country.isNational());
        assertFalse(registry.byCode("ha-tinh").orElseThrow().isNational());
        assertFalse(registry.byCode("bac-lieu").orElseThrow().isNational());
        assertEquals("ha-tinh", registry.lookupKeys().get("ha-tinh"));
        assertEquals("bac-lieu", registry.lookupKeys().get("bac-lieu"));
        assertTrue(registry.lookupKeys().size() >= 34 + 30, "every code at least");
    }
}
