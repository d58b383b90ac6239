package vn.vinguoingheo.portal.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import vn.vinguoingheo.portal.share.OpenGraph;

/**
 * An oEmbed 1.0 document ({@code type: rich}) for a page with an embed card: editors' systems that
 * read oEmbed discovery turn the page's address into the card. Static, beside the page; field
 * names are the specification's, in its snake_case.
 *
 * @param html the iframe of the card, as the embed section shows it
 * @param width the most the card grows to; it takes the column's width up to that
 * @param thumbnailUrl the page's share image
 */
public record OEmbed(String version, String type, String title, String providerName, String providerUrl, String html,
                     int width, int height, String thumbnailUrl, int thumbnailWidth, int thumbnailHeight) {

    private static final ObjectWriter JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build().writer();

    static OEmbed of(Embed embed, OpenGraph share, String siteTitle, String siteUrl) {
        return new OEmbed("1.0", "rich", embed.title(), siteTitle, siteUrl, embed.iframe(), Embed.MAX_WIDTH, embed.height(),
                share.image(), share.imageWidth(), share.imageHeight());
    }

    /** The document as published: UTF-8 JSON, fields in the record's order. */
    byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DataFile file(Page card, String siteTitle, Urls urls) {
        Embed embed = ((EmbedView) card.data()).embed();
        return new DataFile(embed.oembed(), of(embed, card.share(), siteTitle, urls.absolute(urls.home())).json());
    }
}
