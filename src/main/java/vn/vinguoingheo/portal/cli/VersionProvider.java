package vn.vinguoingheo.portal.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PortalCli.class.getPackage().getImplementationVersion();
        return new String[] {"portal " + (version == null ? "dev" : version) + " (JBake 2.7.0, Java " + Runtime.version() + ")"};
    }
}
