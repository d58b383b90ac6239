package vn.vinguoingheo.portal.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    private final QrCode qr = new QrCode();

    @Test
    void decodesBackToTheAddress() throws Exception {
        String url = "https://vinguoingheo.example.vn/mo-hinh/dan-tham-luc-binh-co-do/";
        assertEquals(url, QrSvg.decode(qr.svg(url)));
    }

    @Test
    void textBeyondAsciiIsEncodedAsUtf8() throws Exception {
        String text = "Đan thảm lục bình ở Cờ Đỏ";
        assertEquals(text, QrSvg.decode(qr.svg(text)));
    }

    @Test
    void sameTextGivesTheSameMarkupAndOtherTextOther() {
        String a = qr.svg("https://thu.example.vn/mo-hinh/a/");
        assertEquals(a, qr.svg("https://thu.example.vn/mo-hinh/a/"));
        assertNotEquals(a, qr.svg("https://thu.example.vn/mo-hinh/b/"));
    }

    @Test
    void markupIsAnAccessibleSvgWithAQuietZoneAndNoTextOfTheInput() {
        String svg = qr.svg("https://thu.example.vn/<b>&\"/");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("role=\"img\" aria-label=\"Mã QR của trang này\""));
        assertFalse(svg.contains("<b>") || svg.contains("&") , "the encoded text never appears in the markup");
        assertTrue(svg.contains("d=\"M4 4h7v1h-7z"), "finder pattern starts after the 4-module quiet zone: " + svg.substring(0, 300));
    }
}
