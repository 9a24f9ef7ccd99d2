package org.anjuan.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.anjuan.app.AppContext;
import org.anjuan.app.AuditService;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.ServerMoveService;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AuditVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** db migrate-to: the register's database, and moving it from this PC's H2 file to a shared server. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"数据库：本机数据库（H2）或多台工作站共用的 PostgreSQL 数据库服务器。"},
        subcommands = {DbCommand.MigrateTo.class})
final class DbCommand {

    @Command(name = "migrate-to", mixinStandardHelpOptions = true,
            description = {"把本机数据库（--db 或安装设置中的 H2 文件）整体迁移到 PostgreSQL 数据库服务器上的空数据库：",
                    "按外键顺序逐表复制全部记录（保留编号），把各表的自增序列移到最大编号之后，逐表核对行数，",
                    "再核验审计日志；全部在一个事务中完成，出错时服务器上什么也不留下。本机数据库文件不改动。",
                    "迁移前请关闭所有使用该数据库的窗口和命令。密码取自环境变量 ANJUAN_DB_PASSWORD、安装设置 db.password 或 pgpass 文件。",
                    "退出码：0 完成且审计日志完整；1 已迁移但审计日志核验未通过；2 未迁移（原因见提示）。"})
    static final class MigrateTo extends Subcommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "URL", description = "目标数据库：postgresql://用户名@服务器[:端口]/数据库名")
        String url;

        @Override
        public Integer call() {
            InstallationSettings here = settings();
            if (here.onServer()) {
                throw new AnjuanException("db.migrate.notFile", here.location());
            }
            InstallationSettings there = InstallationSettings.load(env(), url);
            if (!there.onServer()) {
                throw new AnjuanException("db.url.invalid", url);
            }
            out().println(text("db.migrate.start", here.location(), there.location()));
            ServerMoveService.Moved moved = ServerMoveService.migrate(here, there,
                    new CliProgress(spec.commandLine().getErr(), messages(), "db.migrate.progress"));
            TextTable t = new TextTable(text("db.col.table"), text("db.col.fileRows"), text("db.col.serverRows"));
            for (Map.Entry<String, Long> table : moved.copied().entrySet()) {
                t.row(table.getKey(), table.getValue(), moved.after().get(table.getKey()));
            }
            out().print(t.render());
            out().println(text("db.migrate.done", moved.copied().size(), moved.total()));
            try (AppContext server = AppContext.open(there)) {
                AuditService audit = server.audit();
                AuditVerdict v = audit.verify();
                out().println(audit.describe(v));
                if (!v.intact()) {
                    out().println(audit.advice(v));
                    return AuditCommand.BROKEN;
                }
            }
            out().println(text("db.migrate.settings", moved.serverUrl(), moved.user()));
            return 0;
        }

        private Map<String, String> env() {
            return ((AnjuanCommand) spec.root().userObject()).env;
        }
    }
}
