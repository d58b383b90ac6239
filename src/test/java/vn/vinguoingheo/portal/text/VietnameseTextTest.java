package vn.vinguoingheo.portal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Đan thảm lục bình | dan-tham-luc-binh",
            "Mô hình trồng sả | mo-hinh-trong-sa",
            "  Quyết định 666/QĐ-TTg  | quyet-dinh-666-qd-ttg",
            "Bà Rịa – Vũng Tàu | ba-ria-vung-tau",
            "ĐẮK LẮK | dak-lak",
            "Nuôi bò, dê & gà!!! | nuoi-bo-de-ga",
            "--- | ''",
    })
    void slugs(String title, String slug) {
        assertEquals(slug, VietnameseText.slug(title));
    }

    @ParameterizedTest
    @CsvSource({"Đan thảm lục bình", "Hỗ trợ hộ nghèo", "Khánh Hoà"})
    void slugIsTheSameForComposedAndDecomposedText(String text) {
        assertEquals(VietnameseText.slug(text), VietnameseText.slug(Normalizer.normalize(text, Normalizer.Form.NFD)));
    }

    @ParameterizedTest
    @CsvSource({"Hộ nghèo", "Đắk Lắk", "Thanh Hoá"})
    void nfcComposesDecomposedText(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertEquals(text, VietnameseText.nfc(decomposed));
        assertTrue(decomposed.length() > text.length());
    }

    @ParameterizedTest
    @CsvSource({"Ngân hàng bò, ngan hang bo", "NGÂN HÀNG BÒ, ngan hang bo", "Đồng Tháp, dong thap",
            "\u00D0à Nẵng \u00F0ường, da nang duong", "İstanbul, istanbul"})
    void foldRemovesCaseAndDiacritics(String text, String folded) {
        assertEquals(folded, VietnameseText.fold(text));
    }

    @Test
    void wordsAreFoldedAndSplitAtAnythingButLettersAndDigits() {
        assertEquals(List.of("quyet", "dinh", "666", "qd", "ttg"), VietnameseText.words("Quyết định 666/QĐ-TTg"));
        assertEquals(List.of("tp", "hcm"), VietnameseText.words("  TP.HCM…"));
        assertEquals(List.of(), VietnameseText.words("– !"));
    }

    @ParameterizedTest
    @CsvSource({"dan-tham-luc-binh, true", "Dan-Tham, false", "dan--tham, false", "-dan, false", "dan_tham, false"})
    void recognisesSlugs(String name, boolean valid) {
        assertEquals(valid, VietnameseText.isSlug(name));
        assertFalse(VietnameseText.isSlug(""));
    }
}
