package org.anjuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into version.properties at build time. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/anjuan/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"案卷 Anjuan " + p.getProperty("version", "dev"),
            "Java " + System.getProperty("java.version")};
    }
}
