package org.anjuan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.anjuan.app.BackupInfo;
import org.anjuan.app.BackupService;
import org.anjuan.app.BackupText;
import org.anjuan.app.InstallationSettings;
import org.anjuan.domain.AnjuanException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * backup FILE | list | check | auto: a backup of the register taken while the window and other commands go on
 * working. Opens no register of its own: the backup reads the database beside whoever has it open.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"备份数据库：把整个数据库（案件、材料、案卷序号、案卷、档案盒、移交、增补、音像资料、审计日志等）",
                "保存为一个 .zip 文件，其他窗口和命令可以照常使用。FILE 为已存在的文件夹时自动命名。",
                "用 restore FILE 恢复。"},
        subcommands = {BackupCommand.ListBackups.class, BackupCommand.Check.class, BackupCommand.Auto.class})
final class BackupCommand extends Subcommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "备份文件（.zip）或文件夹")
    Path file;

    @Option(names = "--force", description = "文件已存在时覆盖")
    boolean force;

    @Override
    public Integer call() {
        if (file == null) {
            throw new AnjuanException("backup.cli.noFile");
        }
        BackupService backups = backups(this);
        Path target = backups.fileFor(file);
        if (Files.exists(target) && !force) {
            throw new AnjuanException("backup.target.exists", target);
        }
        BackupInfo info = backups.backup(target, new CliProgress(spec.commandLine().getErr(), messages(),
                "backup.cli.progress"));
        BackupText text = new BackupText(messages());
        out().println(text("backup.cli.done", info.file(), text.size(info.size()), text.contents(info),
                info.manifest().schemaVersion()));
        return 0;
    }

    /** The installation's backups, found from --db and anjuan.properties; the register stays closed. */
    static BackupService backups(Subcommand command) {
        AnjuanCommand root = (AnjuanCommand) command.spec.root().userObject();
        return BackupService.forInstallation(InstallationSettings.load(root.db()));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "列出备份文件夹（backup.folder）中的备份：每日自动备份、恢复前自动留的备份和放在那里的其他备份。")
    static final class ListBackups extends Subcommand implements Callable<Integer> {

        @Override
        public Integer call() {
            BackupService backups = backups(this);
            List<BackupInfo> all = backups.list();
            if (all.isEmpty()) {
                out().println(text("backup.cli.listEmpty", backups.settings().folder()));
                return 0;
            }
            BackupText text = new BackupText(messages());
            TextTable t = new TextTable(text("backup.col.file"), text("backup.col.created"), text("backup.col.kind"),
                    text("backup.col.cases"), text("backup.col.size"));
            for (BackupInfo b : all) {
                t.row(b.file().getFileName(), text.created(b), text.kind(backups, b), b.cases(), text.size(b.size()));
            }
            out().print(t.render());
            out().println(text("backup.cli.listCount", backups.settings().folder(), all.size(),
                    backups.settings().keep()));
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"检查备份文件：核对校验值，并试着载入一个临时数据库、逐表核对行数；不改动当前数据库。",
                    "退出码：0 完好；2 不能用于恢复（说明原因）。"})
    static final class Check extends Subcommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "备份文件（.zip）")
        Path file;

        @Override
        public Integer call() {
            BackupInfo info = backups(this).check(file, new CliProgress(spec.commandLine().getErr(), messages(),
                    "backup.cli.restoring"));
            BackupText text = new BackupText(messages());
            out().println(text("backup.cli.checked", info.file(), text.created(info), text.versions(info),
                    text.contents(info)));
            return 0;
        }
    }

    @Command(name = "auto", mixinStandardHelpOptions = true,
            description = {"今日的自动备份：如今天还没有，就备份到备份文件夹，并只保留最近 backup.keep 份（默认 7）。",
                    "窗口每天第一次打开时会自动做；只用命令行的电脑可用计划任务每天运行一次。"})
    static final class Auto extends Subcommand implements Callable<Integer> {

        @Override
        public Integer call() {
            BackupService backups = backups(this);
            Optional<BackupInfo> taken = backups.dailyIfDue(new CliProgress(spec.commandLine().getErr(), messages(),
                    "backup.cli.progress"));
            if (taken.isPresent()) {
                out().println(text("backup.auto.done", taken.get().file(), backups.settings().keep()));
            } else {
                out().println(text("backup.auto.notDue", backups.settings().folder()));
            }
            return 0;
        }
    }
}
