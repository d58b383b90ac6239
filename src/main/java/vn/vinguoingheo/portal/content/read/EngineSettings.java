package vn.vinguoingheo.portal.content.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * JBake's configuration for a site: JBake's own defaults, read as plain properties. JBake's
 * factory reads them through commons-configuration's file builders and bean introspection,
 * measured here at about 0.3 s per start, a third of checking a small site; sites are configured
 * by site.yaml, never by a jbake.properties.
 */
public final class EngineSettings {

    private static final Properties DEFAULTS = defaults();

    private EngineSettings() {
    }

    public static DefaultJBakeConfiguration forSite(Path site, Path destination) {
        // No list delimiter: the one list among JBake's defaults is markdown.extensions, which our own
        // Markdown engine does not read, and a value set with a comma in it stays one value.
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.addConfiguration(new MapConfiguration(DEFAULTS));
        DefaultJBakeConfiguration config = new DefaultJBakeConfiguration(site.toFile(), composite);
        config.setDestinationFolder(destination.toFile());
        return config;
    }

    private static Properties defaults() {
        try (InputStream in = ConfigUtil.class.getResourceAsStream("/" + ConfigUtil.DEFAULT_CONFIG_FILE)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
