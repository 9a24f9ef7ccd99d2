package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.anjuan.store.BusyRegister;
import org.anjuan.store.Database;
import org.anjuan.store.ServerAddress;
import org.anjuan.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db migrate-to} as an administrator runs it, then the commands of a workstation set up on the server.
 * The password comes from ANJUAN_DB_PASSWORD, as on a workstation; it is never on the command line.
 */
class DbCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRegisterMovedToTheServerIsTheRegisterEveryWorkstationThenUses() {
        Path file = dir.resolve("register");
        try (Database h2 = Database.openFile(file)) {
            BusyRegister.fill(h2);
        }
        ServerAddress server = TestServer.freshDatabase("cli-migrate");
        String url = "postgresql://" + server.user() + "@" + server.hostAndPort() + "/" + server.database();
        Map<String, String> env = Map.of("ANJUAN_HOME", dir.toString(), "ANJUAN_DB_PASSWORD", server.password());

        CliRun moved = run(env, "--db", file.toString(), "db", "migrate-to", url);
        assertThat(moved.code()).as(moved.err() + moved.out()).isZero();
        assertThat(moved.out()).contains("正在把本机数据库 " + file + " 迁移到 " + server.display())
                .containsPattern("case_file\\s+5\\s+5")
                .containsPattern("audit_log\\s+(\\d+)\\s+\\d+")
                .contains("逐表核对行数一致")
                .contains("审计日志完整：共 ")
                .contains("db.engine=postgresql", "db.url=postgresql://" + server.hostAndPort() + "/"
                        + server.database(), "db.user=" + server.user());

        CliRun list = run(env, "--db", url, "case", "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("厦门某置业有限公司未按规定修建防空地下室案", "2024年厦国动罚字第03号");
        CliRun verify = run(env, "--db", url, "audit", "verify");
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("审计日志完整");

        CliRun again = run(env, "--db", file.toString(), "db", "migrate-to", url);
        assertThat(again.code()).isEqualTo(Cli.REFUSED);
        assertThat(again.err()).contains("已经有登记内容", "不能迁移到这里");
    }

    @Test
    void aWrongPasswordIsRefusedInChineseSayingWhatToCheck() {
        ServerAddress server = TestServer.freshDatabase("cli-login");
        String url = "postgresql://" + server.user() + "@" + server.hostAndPort() + "/" + server.database();
        CliRun wrong = run(Map.of("ANJUAN_HOME", dir.toString(), "ANJUAN_DB_PASSWORD", "not-the-password"),
                "--db", url, "case", "list");
        assertThat(wrong.code()).isEqualTo(Cli.REFUSED);
        assertThat(wrong.err()).startsWith("无法登录数据库服务器“" + server.display() + "”")
                .contains("ANJUAN_DB_PASSWORD");

        CliRun inUrl = run(Map.of("ANJUAN_HOME", dir.toString()), "--db",
                "postgresql://anjuan:secret@" + server.hostAndPort() + "/anjuan", "case", "list");
        assertThat(inUrl.code()).isEqualTo(Cli.REFUSED);
        assertThat(inUrl.err()).contains("含有密码").doesNotContain("secret");
    }

    private static CliRun run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).execute(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
