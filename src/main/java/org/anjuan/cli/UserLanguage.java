package org.anjuan.cli;

import java.util.Map;
import org.anjuan.app.InstallationSettings;
import org.anjuan.i18n.Messages;

/** The language a command speaks when it has no register open: the installation settings', else Chinese. */
final class UserLanguage {

    private UserLanguage() {
    }

    /** The messages are read in the background: most commands print nothing until their work is done. */
    static Messages messages(Map<String, String> env, String db) {
        try {
            return Messages.readInBackground(InstallationSettings.load(env, db).locale());
        } catch (RuntimeException unreadableSettings) {
            return Messages.chinese();
        }
    }
}
