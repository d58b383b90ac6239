import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a site with stock JBake 2.7.0 (its Oven, OrientDB store and default renderers), for
 * comparison. Usage: java -cp target/portal.jar bench/StockJBake.java SOURCE OUTPUT
 */
public class StockJBake {
    public static void main(String[] args) throws Exception {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(e -> System.err.println(e));
            System.exit(1);
        }
    }
}
