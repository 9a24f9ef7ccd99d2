package org.anjuan.cli;

import java.io.PrintWriter;
import org.anjuan.app.AppContext;
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

    Messages messages() {
        return context().messages();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    String text(String key, Object... args) {
        return messages().text(key, args);
    }
}
