package vn.vinguoingheo.portal.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes java.util.logging (OrientDB's) through SLF4J, where simplelogger.properties keeps libraries quiet. */
final class Logging {

    private Logging() {
    }

    static void quiet() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
