package org.anjuan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.anjuan.app.BackupInfo;
import org.anjuan.app.BackupService;
import org.anjuan.app.BackupText;
import org.anjuan.app.RestoreResult;
import org.anjuan.domain.AnjuanException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * restore FILE [--yes]: replaces the register with a backup, after showing what the backup holds and asking.
 * Opens no register of its own; refused while any window or command has the database open.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"从备份恢复数据库：先完整检查备份文件并载入到当前数据库旁的新数据库，核对无误后才替换当前数据库；",
                "替换前会把当前数据库备份到备份文件夹。备份来自较早版本时自动升级到当前的数据库结构。",
                "须先关闭所有案卷窗口和正在运行的命令。"})
final class RestoreCommand extends Subcommand implements Callable<Integer> {

    private static final Set<String> YES = Set.of("yes", "y", "是", "确认");

    @Parameters(index = "0", paramLabel = "FILE", description = "备份文件（.zip）")
    Path file;

    @Option(names = "--yes", description = "不再询问，直接恢复")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        BackupService backups = BackupCommand.backups(this);
        BackupText text = new BackupText(messages());
        BackupInfo info = backups.inspect(file);
        out().println(text.beforeRestore(info, backups.location()));
        if (!yes) {
            out().print(text("backup.restore.ask"));
            out().flush();
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (answer == null || !YES.contains(answer.strip().toLowerCase(Locale.ROOT))) {
                throw new AnjuanException("backup.restore.notConfirmed");
            }
        }
        RestoreResult result = backups.restore(file, new CliProgress(spec.commandLine().getErr(), messages(),
                "backup.cli.restoring"));
        text.restored(result).forEach(out()::println);
        return 0;
    }
}
