package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @Test
    void aDatabaseThatCannotBeOpenedIsRefusedNamingThePath(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> Database.openFile(notADirectory.resolve("register")))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("store.folder.failed");
                    assertThat(e.args()[0].toString()).contains("register");
                });
    }

    @Test
    void reopeningAFileKeepsItsData(@TempDir Path dir) {
        try (Database db = Database.openFile(dir.resolve("register.mv.db"))) {
            new CaseRepository(db).save(TestCases.punishment("/cases/a"), "档案员");
        }
        try (Database db = Database.openFile(dir.resolve("register"))) {
            assertThat(new CaseRepository(db).summaries()).hasSize(1);
        }
    }
}
