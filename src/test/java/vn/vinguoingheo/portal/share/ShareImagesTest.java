package vn.vinguoingheo.portal.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareImagesTest {

    @TempDir
    Path tmp;

    private static ShareImage image(String title) {
        ShareCard card = new ShareCard("Tin tức", title, null, null, "Trang thử", "thu.example.vn");
        String file = "tin-tuc/" + title + "/anh-chia-se-" + card.version() + ".png";
        return new ShareImage("/" + file, file, card);
    }

    @Test
    void drawsNewImagesAndTakesUnchangedOnesFromThePreviousOutput() throws Exception {
        ShareImage kept = image("a");
        ShareImage fresh = image("b");
        Path previous = tmp.resolve("public");
        Files.createDirectories(previous.resolve(kept.file()).getParent());
        // What is there is taken as it is: proof that it was not drawn again.
        Files.write(previous.resolve(kept.file()), new byte[] {1, 2, 3});

        Path staging = tmp.resolve("staging");
        ShareImages.Written written = ShareImages.write(List.of(kept, fresh), staging, previous);

        assertEquals(new ShareImages.Written(1, 1), written);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(staging.resolve(kept.file())));
        assertArrayEquals(ShareCardPainter.png(fresh.card()), Files.readAllBytes(staging.resolve(fresh.file())));
    }

    @Test
    void withoutAPreviousOutputEveryImageIsDrawn() throws Exception {
        ShareImages.Written written = ShareImages.write(List.of(image("a"), image("b"), image("c")), tmp.resolve("out"),
                tmp.resolve("khong-co"));
        assertEquals(new ShareImages.Written(3, 0), written);
    }
}
