package org.anjuan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.anjuan.app.AppContext;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.ScanTools;
import org.anjuan.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command. Without a subcommand it asks for the window; with one, it opens the register lazily,
 * once, for the subcommand to use.
 */
@Command(name = "anjuan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"案卷 — 行政执法案卷归档工作站。", "不带命令运行时打开工作站窗口。"},
        subcommands = {CaseCommand.class, InspectCommand.class, NumberCommand.class, NumberSheetsCommand.class,
            BindCommand.class, RetentionCommand.class, SettingsCommand.class},
        sortOptions = false)
public final class AnjuanCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "数据库文件（H2），默认在用户数据目录下。")
    Path db;

    private boolean windowRequested;
    private AppContext context;
    private ScanTools tools;

    @Override
    public Integer call() {
        windowRequested = true;
        return 0;
    }

    boolean windowRequested() {
        return windowRequested;
    }

    Path db() {
        return db;
    }

    AppContext context() {
        if (context == null) {
            context = AppContext.open(InstallationSettings.load(db));
        }
        return context;
    }

    /** The file-only services; opens no database. */
    ScanTools tools() {
        if (context != null) {
            return context.tools();
        }
        if (tools == null) {
            tools = new ScanTools();
        }
        return tools;
    }

    /** The user's language, even when the register could not be opened. */
    Messages messages() {
        if (context != null) {
            return context.messages();
        }
        try {
            return new Messages(InstallationSettings.load(db).locale());
        } catch (RuntimeException unreadableSettings) {
            return Messages.chinese();
        }
    }

    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
