package vn.vinguoingheo.portal.content.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Reads a site's base URL: absolute http(s), ending in "/" so that page paths can follow it. */
public final class BaseUrl {

    private BaseUrl() {
    }

    public static Optional<URI> parse(String written) {
        try {
            URI uri = new URI(written.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.empty();
            }
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            return Optional.of(new URI(scheme, null, uri.getHost(), uri.getPort(), path.endsWith("/") ? path : path + "/", null, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
