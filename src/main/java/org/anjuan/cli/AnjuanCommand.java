package org.anjuan.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
        sortOptions = false)
public final class AnjuanCommand implements Callable<Integer> {

    /**
     * The subcommands by name, in the order help lists them. {@link Cli} registers only the one being run:
     * picocli reads every registered command's annotations up front, and doing that for all of them costs a
     * tenth of a second on each run of a command line tool a clerk may call four hundred times a day.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

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

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("case", CaseCommand::new);
        all.put("inspect", InspectCommand::new);
        all.put("number", NumberCommand::new);
        all.put("number-sheets", NumberSheetsCommand::new);
        all.put("bind", BindCommand::new);
        all.put("box", BoxCommand::new);
        all.put("print", PrintCommand::new);
        all.put("handover", HandoverCommand::new);
        all.put("retention", RetentionCommand::new);
        all.put("settings", SettingsCommand::new);
        all.put("audit", AuditCommand::new);
        all.put("supplement", SupplementCommand::new);
        all.put("av", AvCommand::new);
        all.put("deadlines", DeadlinesCommand::new);
        all.put("ledger", LedgerCommand::new);
        return Collections.unmodifiableMap(all);
    }

    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
