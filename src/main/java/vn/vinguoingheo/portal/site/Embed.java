package vn.vinguoingheo.portal.site;

/**
 * How another site shows one of this site's cards (a model, a decision, a story, a unit's newest
 * models): where the card and the page it leads to are, and the code an editor copies.
 *
 * @param page the full page the card leads to, root-relative
 * @param card the card's own page ({@code …/nhung/}), root-relative
 * @param oembed the oEmbed document describing the card, root-relative
 * @param title what the iframe is, for screen readers on the other site
 * @param height the iframe's height in CSS pixels: the card fits it at any width from 280 px
 * @param absolutePage {@code page} with the site's address, as the code on another site needs it
 * @param absoluteCard {@code card} likewise
 */
public record Embed(String page, String card, String oembed, String title, int height, String absolutePage, String absoluteCard) {

    /** The iframe's width in oEmbed, and the most a card grows to: wider, its lines get too long. */
    public static final int MAX_WIDTH = 640;

    static Embed of(Urls urls, String page, String title, int height) {
        String card = urls.embed(page);
        return new Embed(page, card, urls.oembed(page), title, height, urls.absolute(page), urls.absolute(card));
    }

    /** The code to paste into another page: the card, as wide as the column (up to {@link #MAX_WIDTH}), loaded when scrolled to. */
    public String iframe() {
        return "<iframe src=\"" + escape(absoluteCard) + "\" title=\"" + escape(title) + "\" width=\"100%\" height=\"" + height
                + "\" style=\"border:0;max-width:" + MAX_WIDTH + "px\" loading=\"lazy\"></iframe>";
    }

    /** The plain alternative for pages that take no iframe: a link to the full page. */
    public String link() {
        return "<a href=\"" + escape(absolutePage) + "\">" + escape(title) + "</a>";
    }

    /** Escapes text for an HTML attribute or element: the code is pasted as HTML. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
