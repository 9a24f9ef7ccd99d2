package org.anjuan.cli;

import java.io.PrintWriter;
import org.anjuan.app.AppContext;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.ScanTools;
import org.anjuan.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command needs: the register, the user's language and the output. */
abstract class Subcommand {

    @Spec
    CommandSpec spec;

    AppContext context() {
        return ((AnjuanCommand) spec.root().userObject()).context();
    }

    /** The installation settings (with --db), without opening the register. */
    InstallationSettings settings() {
        return ((AnjuanCommand) spec.root().userObject()).settings();
    }

    /** The file-only services (inspect, stamp, sheets), without opening the register. */
    ScanTools tools() {
        return ((AnjuanCommand) spec.root().userObject()).tools();
    }

    /** The user's language; does not open the register. */
    Messages messages() {
        return ((AnjuanCommand) spec.root().userObject()).messages();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    String text(String key, Object... args) {
        return messages().text(key, args);
    }
}
