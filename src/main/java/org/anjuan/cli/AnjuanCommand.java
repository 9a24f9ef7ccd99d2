package org.anjuan.cli;

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

    @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
            description = {"数据库：本机数据库文件（H2）的路径，或共享数据库服务器的地址 postgresql://用户名@服务器[:端口]/数据库名"
                    + "（密码取自环境变量 ANJUAN_DB_PASSWORD、安装设置 db.password 或 pgpass 文件）。",
                    "默认按安装设置（anjuan.properties），未设置时为用户数据目录下的本机数据库。"})
    String db;

    /** The environment the settings are read with (ANJUAN_HOME, ANJUAN_DB_PASSWORD); tests pass their own. */
    Map<String, String> env = System.getenv();
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

    String db() {
        return db;
    }

    AppContext context() {
        if (context == null) {
            context = AppContext.open(settings());
        }
        return context;
    }

    /** The installation settings with the --db option applied; opens no database. */
    InstallationSettings settings() {
        return InstallationSettings.load(env, db);
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
        return context != null ? context.messages() : UserLanguage.messages(env, db);
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
        all.put("db", DbCommand::new);
        all.put("backup", BackupCommand::new);
        all.put("restore", RestoreCommand::new);
        return Collections.unmodifiableMap(all);
    }

    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
