package org.anjuan;

import org.anjuan.app.InstallationSettings;
import org.anjuan.cli.Cli;
import org.anjuan.ui.Workstation;

/**
 * One jar, two faces: with a command it runs headless and exits with the command's code; without one it
 * opens the workstation window. JavaFX is only loaded on the window path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli(System.out, System.err);
        int code = cli.execute(args);
        if (cli.windowRequested()) {
            Workstation.launch(InstallationSettings.load(cli.dbOption()));
            return;
        }
        System.exit(code);
    }
}
