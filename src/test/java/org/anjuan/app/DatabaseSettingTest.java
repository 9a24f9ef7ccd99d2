package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database an installation uses: the H2 file by default, a PostgreSQL server when its settings say so. */
class DatabaseSettingTest {

    @TempDir
    Path home;

    @Test
    void withoutADatabaseSettingTheRegisterIsTheH2FileInTheDataFolder() {
        InstallationSettings s = InstallationSettings.load(env(), (String) null);
        assertThat(s.server()).isNull();
        assertThat(s.database()).isEqualTo(home.resolve("anjuan"));
        assertThat(s.location()).isEqualTo(home.resolve("anjuan").toString());
    }

    @Test
    void aServerSettingNamesTheServerTheRoleAndThePasswordFromTheEnvironment() throws IOException {
        write("db.engine=postgresql\ndb.url=postgresql://192.168.1.10:5432/anjuan\ndb.user=anjuan\n"
                + "db.password=from-file\n");
        InstallationSettings s = InstallationSettings.load(env("ANJUAN_DB_PASSWORD", "from-env"), (String) null);
        assertThat(s.server().jdbcUrl()).isEqualTo("jdbc:postgresql://192.168.1.10:5432/anjuan");
        assertThat(s.server().user()).isEqualTo("anjuan");
        assertThat(s.server().password()).isEqualTo("from-env");
        assertThat(s.location()).isEqualTo("postgresql://anjuan@192.168.1.10:5432/anjuan").doesNotContain("from");

        assertThat(InstallationSettings.load(env(), (String) null).server().password()).isEqualTo("from-file");
    }

    @Test
    void withoutAPasswordTheDriverLooksInThePgpassFile() throws IOException {
        write("db.url=postgresql://archive-server/anjuan\ndb.user=anjuan\n");
        InstallationSettings s = InstallationSettings.load(env(), (String) null);
        assertThat(s.server().password()).isNull();
        assertThat(s.server().jdbcUrl()).isEqualTo("jdbc:postgresql://archive-server/anjuan");
    }

    @Test
    void theDbOptionTakesAnH2PathOrAServerAddress() throws IOException {
        write("db.user=clerk\n");
        assertThat(InstallationSettings.load(env(), home.resolve("other").toString()).server()).isNull();
        InstallationSettings s = InstallationSettings.load(env(), "postgresql://anjuan@db.local:5433/archive");
        assertThat(s.server().user()).isEqualTo("anjuan");
        assertThat(s.server().jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/archive");
        assertThat(InstallationSettings.load(env(), "jdbc:postgresql://db.local/archive").server().user())
                .isEqualTo("clerk");
    }

    @Test
    void badSettingsAreRefusedSayingWhatToWrite() throws IOException {
        write("db.engine=oracle\n");
        assertThatThrownBy(() -> InstallationSettings.load(env(), (String) null)).isInstanceOfSatisfying(
                AnjuanException.class, e -> assertThat(e.key()).isEqualTo("db.engine.invalid"));
        write("db.engine=postgresql\n");
        assertThatThrownBy(() -> InstallationSettings.load(env(), (String) null)).isInstanceOfSatisfying(
                AnjuanException.class, e -> assertThat(e.key()).isEqualTo("db.url.missing"));
        write("db.engine=postgresql\ndb.url=postgresql://server/anjuan\n");
        assertThatThrownBy(() -> InstallationSettings.load(env(), (String) null)).isInstanceOfSatisfying(
                AnjuanException.class, e -> assertThat(e.key()).isEqualTo("db.user.missing"));
        assertThatThrownBy(() -> InstallationSettings.load(env(), "postgresql://a:secret@server/anjuan"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("db.url.password");
                    assertThat(e.args()).noneMatch(a -> String.valueOf(a).contains("secret"));
                });
    }

    private Map<String, String> env(String... more) {
        return more.length == 0 ? Map.of("ANJUAN_HOME", home.toString())
                : Map.of("ANJUAN_HOME", home.toString(), more[0], more[1]);
    }

    private void write(String properties) throws IOException {
        Files.writeString(home.resolve(InstallationSettings.FILE), properties, StandardCharsets.UTF_8);
    }
}
