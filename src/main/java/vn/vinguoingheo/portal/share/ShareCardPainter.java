package vn.vinguoingheo.portal.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vinguoingheo.portal.photo.PhotoProcessor;

/**
 * Draws a {@link ShareCard} as a 1200×630 PNG with the fonts shipped inside the generator (Noto
 * Sans), so the picture is the same on every machine, whatever fonts it has. Calm by design: the
 * site's colours, a large title that stays readable as a phone thumbnail, place and topic below.
 */
public final class ShareCardPainter {

    /** Changes whenever the drawing or its encoding changes, so that every image is made again. */
    static final String DESIGN = "the-chia-se-4";

    /**
     * The SHA-256 of the shipped fonts (regular, then bold), part of every image's version. Written
     * here rather than computed: hashing them at start took a tenth of a second of every command.
     * A test fails when the fonts change and this does not.
     */
    static final String FONTS_SHA256 = "23d621a7eb2096ed481485259e48de0b38a5ed822a328deee27ad4f17e4fc837";

    private static final Color INK = new Color(0x1d2329);
    private static final Color MUTED = new Color(0x4f5b66);
    private static final Color BRAND = new Color(0xa4161a);
    private static final Color BRAND_DARK = new Color(0x7a0f12);
    private static final Color TINT = new Color(0xf5f1ea);
    private static final Color LINE = new Color(0xd8dde2);
    /** Over a photo: near-black at 85%, so even a white photo shows through as dark grey (#313437). */
    private static final Color PHOTO_BAND = new Color(12, 16, 20, 217);
    private static final Color PHOTO_KIND = new Color(0xffc9c4);
    private static final Color PHOTO_MUTED = new Color(0xd5dadf);
    private static final int PHOTO_BAND_TOP = 300;
    private static final int PHOTO_TITLE_TOP = 364;
    private static final int PHOTO_TITLE_BOTTOM = 560;
    private static final float[] PHOTO_TITLE_SIZES = {56, 50, 44, 40};
    private static final float PHOTO_CARD_QUALITY = 0.85f;

    /**
     * The colours drawn, and the pairs (text or shape over its background) whose anti-aliased edges
     * blend one into the other: every card fits this palette (see {@link Palette}).
     */
    private static final Palette PALETTE = Palette.of(
            new int[] {Color.WHITE.getRGB(), TINT.getRGB(), INK.getRGB(), MUTED.getRGB(), BRAND.getRGB(),
                BRAND_DARK.getRGB(), LINE.getRGB()},
            new int[][] {{INK.getRGB(), Color.WHITE.getRGB()}, {BRAND.getRGB(), Color.WHITE.getRGB()},
                {BRAND_DARK.getRGB(), Color.WHITE.getRGB()}, {INK.getRGB(), TINT.getRGB()}, {MUTED.getRGB(), TINT.getRGB()}});

    private static final int LEFT = 88;
    private static final int RIGHT = ShareCard.WIDTH - 80;
    private static final int TITLE_TOP = 196;
    private static final int TITLE_BOTTOM = 470;
    private static final int BAND_TOP = 486;
    /** Title sizes tried in turn, largest first; the lines each can hold follow from the title area. */
    private static final float[] TITLE_SIZES = {68, 60, 54, 48};
    private static final float LINE_SPACING = 1.2f;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /**
     * Each thread keeps its canvas and encoder: a fresh 3 MB image per card, too big for the
     * garbage collector's young space, kept it collecting through most of a large build.
     */
    private static final ThreadLocal<Canvas> CANVAS = ThreadLocal.withInitial(Canvas::new);

    private ShareCardPainter() {
    }

    /**
     * The card as PNG bytes: the same card always gives the same bytes. An indexed PNG of the
     * design's palette: a third of the bytes to deflate and about half the file of RGB; RGB only
     * should a pixel fall outside the palette.
     */
    public static byte[] png(ShareCard card) {
        Canvas canvas = CANVAS.get();
        paint(card, canvas.image);
        byte[] indexed = canvas.encoder.encodeIndexed(canvas.pixels, ShareCard.WIDTH, ShareCard.HEIGHT, canvas.palette);
        return indexed != null ? indexed : canvas.encoder.encode(canvas.pixels, ShareCard.WIDTH, ShareCard.HEIGHT);
    }

    /**
     * The card drawn over {@code photo} (an entry's published copy, already upright and cleaned),
     * as JPEG bytes: a photo has far too many colours for a small PNG.
     */
    public static byte[] jpeg(ShareCard card, BufferedImage photo) {
        return PhotoProcessor.jpeg(paintOverPhoto(card, photo), PHOTO_CARD_QUALITY);
    }

    /**
     * The photo fills the card (cropped to fill, centred), and a dark band over its lower half
     * holds the kind, title, place and address in light colours. The band is opaque enough that
     * the title keeps a contrast of at least 4.5:1 over the lightest photo (white: 10:1).
     */
    static BufferedImage paintOverPhoto(ShareCard card, BufferedImage photo) {
        BufferedImage image = new BufferedImage(ShareCard.WIDTH, ShareCard.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            qualityHints(g);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, ShareCard.WIDTH, ShareCard.HEIGHT);
            double scale = Math.max((double) ShareCard.WIDTH / photo.getWidth(), (double) ShareCard.HEIGHT / photo.getHeight());
            int w = (int) Math.ceil(photo.getWidth() * scale);
            int h = (int) Math.ceil(photo.getHeight() * scale);
            g.drawImage(photo, (ShareCard.WIDTH - w) / 2, (ShareCard.HEIGHT - h) / 2, w, h, null);
            g.setColor(PHOTO_BAND);
            g.fillRect(0, PHOTO_BAND_TOP, ShareCard.WIDTH, ShareCard.HEIGHT - PHOTO_BAND_TOP);
            g.setColor(BRAND);
            g.fillRect(0, 0, 20, ShareCard.HEIGHT);
            photoTexts(g, card);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void photoTexts(Graphics2D g, ShareCard card) {
        if (card.kind() != null) {
            Font kind = Fonts.BOLD.deriveFont(Map.of(TextAttribute.SIZE, 22f, TextAttribute.TRACKING, 0.08f));
            g.setFont(kind);
            g.setColor(PHOTO_KIND);
            g.drawString(card.kind().toUpperCase(VIETNAMESE), LEFT, PHOTO_BAND_TOP + 44);
        }
        TitleLayout title = layOut(card.title(), PHOTO_TITLE_SIZES, PHOTO_TITLE_TOP, PHOTO_TITLE_BOTTOM);
        LineMetrics metrics = title.font().getLineMetrics("Ấy", FRC);
        float baseline = PHOTO_TITLE_TOP + metrics.getAscent();
        g.setFont(title.font());
        g.setColor(Color.WHITE);
        for (String line : title.lines()) {
            g.drawString(line, LEFT, baseline);
            baseline += title.font().getSize2D() * LINE_SPACING;
        }
        Font small = Fonts.REGULAR.deriveFont(24f);
        float hostWidth = width(card.host(), small);
        g.setFont(small);
        g.setColor(PHOTO_MUTED);
        g.drawString(card.host(), RIGHT - hostWidth, 600);
        String place = card.place() != null ? card.place() : card.topic();
        if (place != null) {
            Font placeFont = Fonts.BOLD.deriveFont(26f);
            g.setFont(placeFont);
            g.drawString(fit(place, placeFont, RIGHT - LEFT - hostWidth - 40), LEFT, 600);
        }
    }

    static BufferedImage paint(ShareCard card) {
        BufferedImage image = new BufferedImage(ShareCard.WIDTH, ShareCard.HEIGHT, BufferedImage.TYPE_INT_RGB);
        paint(card, image);
        return image;
    }

    /** Smooth shapes and text at fractional positions, as both kinds of card are drawn. */
    private static void qualityHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** Draws over the whole of {@code image}, whatever it held. */
    private static void paint(ShareCard card, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            qualityHints(g);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            background(g);
            header(g, card);
            title(g, card);
            band(g, card);
        } finally {
            g.dispose();
        }
    }

    /** A card-sized image and the encoder for it. */
    private static final class Canvas {
        final BufferedImage image = new BufferedImage(ShareCard.WIDTH, ShareCard.HEIGHT, BufferedImage.TYPE_INT_RGB);
        final int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        final PngEncoder encoder = new PngEncoder();
        final Palette.Lookup palette = PALETTE.lookup();
    }

    private static void background(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, ShareCard.WIDTH, ShareCard.HEIGHT);
        g.setColor(BRAND);
        g.fillRect(0, 0, 20, ShareCard.HEIGHT);
    }

    /** The site's mark and name; the kind of page above the title. */
    private static void header(Graphics2D g, ShareCard card) {
        g.setColor(BRAND);
        g.fill(new Ellipse2D.Double(LEFT, 54, 44, 44));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(LEFT + 10, 64, 24, 24));
        if (!card.siteName().equals(card.title())) {
            Font site = Fonts.BOLD.deriveFont(28f);
            g.setFont(site);
            g.setColor(BRAND_DARK);
            g.drawString(fit(card.siteName(), site, RIGHT - LEFT - 64), LEFT + 64, 86);
        }
        if (card.kind() != null) {
            Font kind = Fonts.BOLD.deriveFont(Map.of(TextAttribute.SIZE, 24f, TextAttribute.TRACKING, 0.08f));
            g.setFont(kind);
            g.setColor(BRAND);
            g.drawString(card.kind().toUpperCase(VIETNAMESE), LEFT, 166);
        }
    }

    /** The title at the largest size that fits; cut with "…" only when even the smallest does not. */
    private static void title(Graphics2D g, ShareCard card) {
        TitleLayout title = layOut(card.title());
        LineMetrics metrics = title.font().getLineMetrics("Ấy", FRC);
        float baseline = TITLE_TOP + metrics.getAscent();
        g.setFont(title.font());
        g.setColor(INK);
        for (String line : title.lines()) {
            g.drawString(line, LEFT, baseline);
            baseline += title.font().getSize2D() * LINE_SPACING;
        }
    }

    /** The lines of a title and the font they are drawn in. */
    record TitleLayout(Font font, List<String> lines) {
    }

    static TitleLayout layOut(String title) {
        return layOut(title, TITLE_SIZES, TITLE_TOP, TITLE_BOTTOM);
    }

    static TitleLayout layOut(String title, float[] sizes, int top, int bottom) {
        Font font = null;
        List<String> lines = List.of();
        for (float size : sizes) {
            font = Fonts.BOLD.deriveFont(size);
            lines = wrap(title, font, RIGHT - LEFT);
            if (lines.size() <= capacity(font, top, bottom)) {
                return new TitleLayout(font, lines);
            }
        }
        return new TitleLayout(font, truncate(lines, capacity(font, top, bottom), font));
    }

    /** How many lines of this font the title area holds, descenders of the last one included. */
    private static int capacity(Font font, int top, int bottom) {
        LineMetrics metrics = font.getLineMetrics("Ấy", FRC);
        float room = bottom - top - metrics.getAscent() - metrics.getDescent();
        return 1 + (int) (room / (font.getSize2D() * LINE_SPACING));
    }

    /** The band at the foot: place and topic on the left, the site's address on the right. */
    private static void band(Graphics2D g, ShareCard card) {
        g.setColor(TINT);
        g.fillRect(20, BAND_TOP, ShareCard.WIDTH - 20, ShareCard.HEIGHT - BAND_TOP);
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(20, BAND_TOP, ShareCard.WIDTH, BAND_TOP);

        boolean both = card.place() != null && card.topic() != null;
        float lastLine = both ? 590 : 574;
        Font hostFont = Fonts.REGULAR.deriveFont(24f);
        float hostWidth = width(card.host(), hostFont);
        g.setFont(hostFont);
        g.setColor(MUTED);
        g.drawString(card.host(), RIGHT - hostWidth, lastLine);

        float besideHost = RIGHT - LEFT - hostWidth - 40;
        if (card.place() != null) {
            Font place = Fonts.BOLD.deriveFont(32f);
            g.setFont(place);
            g.setColor(INK);
            g.drawString(fit(card.place(), place, both ? RIGHT - LEFT : besideHost), LEFT, both ? 546 : lastLine);
        }
        if (card.topic() != null) {
            Font topic = Fonts.REGULAR.deriveFont(28f);
            g.setFont(topic);
            g.setColor(MUTED);
            g.drawString(fit(card.topic(), topic, besideHost), LEFT, lastLine);
        }
    }

    /** Greedy line breaking at spaces; a word wider than a line is broken where it must. */
    static List<String> wrap(String text, Font font, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            while (width(word, font) > maxWidth) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font) > maxWidth) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> truncate(List<String> lines, int max, Font font) {
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        String rest = String.join(" ", lines.subList(max - 1, lines.size()));
        kept.set(max - 1, fit(rest, font, RIGHT - LEFT));
        return kept;
    }

    /** The text as it is when it fits, else cut at a word (or letter) and ended with "…". */
    static String fit(String text, Font font, float maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", font) > maxWidth) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 && width(cut.substring(0, space) + "…", font) <= maxWidth
                    ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static float width(String text, Font font) {
        return (float) font.getStringBounds(text, FRC).getWidth();
    }

    /** The shipped font files, read once. */
    private static final class FontFiles {
        static final byte[] REGULAR = read("NotoSans-Regular.ttf");
        static final byte[] BOLD = read("NotoSans-Bold.ttf");

        private FontFiles() {
        }

        private static byte[] read(String name) {
            try (InputStream in = ShareCardPainter.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is missing from the generator");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shipped fonts as Java2D fonts. */
    static final class Fonts {
        static final Font REGULAR = create(FontFiles.REGULAR);
        static final Font BOLD = create(FontFiles.BOLD);

        private Fonts() {
        }

        private static Font create(byte[] file) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("a shipped font cannot be read", e);
            }
        }
    }
}
