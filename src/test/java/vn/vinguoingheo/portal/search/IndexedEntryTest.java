package vn.vinguoingheo.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Visibility;
import vn.vinguoingheo.portal.text.ViFormat;

/** Every field a reader may search for counts with its weight: one made-up word per field, its score written out. */
class IndexedEntryTest {

    @TempDir
    Path tmp;

    private Map<String, Integer> scores(Path site, String url) {
        LoadResult loaded = ContentLoader.load(site);
        assertFalse(loaded.hasErrors(), loaded.problems()::toString);
        SiteModel model = SiteModel.build(loaded.content(), loaded.content().config(), site, Visibility.published());
        Page page = model.entryPages().stream().filter(p -> p.url().equals(url)).findFirst().orElseThrow();
        Map<String, Integer> only = new TreeMap<>();
        IndexedEntry.of(page, new ViFormat(), 400).wordScores().forEach((word, score) -> {
            if (word.startsWith("zz")) {
                only.put(word, score);
            }
        });
        return only;
    }

    @Test
    void everyFieldOfAModelCountsWithItsWeight() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/models/m.md", """
                ---
                title: Mô hình zztieude
                province: ha-tinh
                model_type: sinh-ke
                date: 2023-01-01
                summary: Tóm tắt zztomtat zztomtat zztomtat zztomtat.
                locality: Xã zzxa
                organisations: [Hội zzhoi]
                challenge: Khó khăn zzkhokhan
                beneficiaries: Hộ zzho
                lessons: [Bài học zzbaihoc]
                tags: [zznhan]
                replication:
                  conditions: Điều kiện zzdieukien
                  steps: [Bước zzbuoc]
                ---
                Nội dung zzbody.
                """);
        assertEquals(Map.ofEntries(Map.entry("zztieude", 10), Map.entry("zztomtat", 4 * 3), Map.entry("zzxa", 3), Map.entry("zzhoi", 3),
                Map.entry("zzkhokhan", 1), Map.entry("zzho", 1), Map.entry("zzbaihoc", 1), Map.entry("zznhan", 3),
                Map.entry("zzdieukien", 1), Map.entry("zzbuoc", 1), Map.entry("zzbody", 1)), scores(site, "/mo-hinh/m/"));
    }

    @Test
    void aDecisionsNumberIssuerAndSignerCount() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/decisions/d.md", """
                ---
                title: Quyết định zztieude
                number: 12/QĐ-ZZSO
                issued: 2022-03-01
                issuer: UBND zzcoquan
                signer: Ông zzky
                summary: Tóm tắt.
                ---
                Nội dung.
                """);
        assertEquals(Map.of("zztieude", 10, "zzso", 10, "zzcoquan", 3, "zzky", 3), scores(site, "/van-ban/d/"));
    }
}
