package org.anjuan.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The program's version, as Maven wrote it into version.properties at build time ("dev" when run unbuilt). */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/anjuan/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }
}
