package org.anjuan;

import org.anjuan.app.InstallationSettings;
import org.anjuan.cli.Cli;
import org.anjuan.ui.Workstation;

/**
 * One jar, two faces: with a command it runs headless and exits with the command's code; without one it
 * opens the workstation window. JavaFX is only loaded on the window path.
 */
public final class Main {

    private static final String SLF4J_PROVIDER = "slf4j.provider";

    private Main() {
    }

    public static void main(String[] args) {
        // SLF4J told its provider (simplelogger.properties sets the level) rather than looking for one with a
        // ServiceLoader, which opens every jar of the class path: ≈ 40 ms of CPU in each command that logs.
        // Told so, it says it was on stderr unless its own reports are kept to warnings.
        if (System.getProperty(SLF4J_PROVIDER) == null) {
            System.setProperty(SLF4J_PROVIDER, "org.slf4j.simple.SimpleServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        Cli cli = new Cli(System.out, System.err);
        int code = cli.execute(args);
        if (cli.windowRequested()) {
            Workstation.launch(InstallationSettings.load(cli.dbOption()));
            return;
        }
        System.exit(code);
    }
}
