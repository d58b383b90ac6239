package vn.vinguoingheo.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapSplitTest {

    @Test
    void splitsAtTheLimitKeepingOrder() {
        List<Integer> urls = IntStream.range(0, 120_001).boxed().toList();
        List<List<Integer>> parts = SiteModel.split(urls, SiteModel.SITEMAP_LIMIT);
        assertEquals(List.of(50_000, 50_000, 20_001), parts.stream().map(List::size).toList());
        assertEquals(50_000, parts.get(1).get(0));
        assertEquals(120_000, parts.get(2).get(20_000));
    }

    @Test
    void aSmallSiteHasOnePart() {
        assertEquals(1, SiteModel.split(List.of("a", "b"), SiteModel.SITEMAP_LIMIT).size());
        assertEquals(List.of(List.of()), SiteModel.split(List.of(), SiteModel.SITEMAP_LIMIT));
    }
}
