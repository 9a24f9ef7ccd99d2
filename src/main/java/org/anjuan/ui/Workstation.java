package org.anjuan.ui;

import org.anjuan.app.InstallationSettings;

/**
 * The desktop workstation's entry point, called by {@code org.anjuan.Main} when no command is given. Main itself
 * must not extend {@code Application} when run from the class path, so this starts {@link WorkstationApp}.
 */
public final class Workstation {

    private Workstation() {
    }

    /** Shows the main window and returns when the clerk closes it. */
    public static void launch(InstallationSettings settings) {
        WorkstationApp.launch(settings);
    }
}
