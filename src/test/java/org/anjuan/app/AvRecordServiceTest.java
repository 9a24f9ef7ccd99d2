package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvItem;
import org.anjuan.domain.AvKind;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.Category;
import org.anjuan.domain.ProgressListener;
import org.anjuan.report.FormReports;
import org.anjuan.store.AvRecordRepository;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.Database;
import org.anjuan.store.NumberRegister;
import org.anjuan.store.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvRecordServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private AvRecordService service;
    private long caseId;

    @BeforeEach
    void open() {
        db = Database.openInMemory("avservice" + System.nanoTime());
        CaseRepository cases = new CaseRepository(db);
        SettingsStore settings = new SettingsStore(db);
        service = new AvRecordService(new AvRecordRepository(db), cases, new RetentionService(cases, new org.anjuan.store.VolumeRepository(db), "档案员"),
                new NumberService(new NumberRegister(db), settings, "档案员"), settings, new FormReports(), "档案员");
        caseId = cases.save(new CaseFile(null, Category.PUNISHMENT_SIMPLE, "某公司未按规定维护人防工程案",
                List.of("某公司"), "执法监督处", "陈建华", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 20),
                Set.of(CaseFlag.REVIEW), null, List.of(), null), "档案员").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFileOfManyBlocksIsHashedAsAWholeWithProgressToTheLastByte() throws Exception {
        Path video = bigFile("检查.mp4", 3 * (1 << 20) + 12_345);
        long[] last = new long[2];
        AvItem item = service.register(caseId, video, details(null), (done, total, what) -> {
            last[0] = done;
            last[1] = total;
        });
        assertThat(item.record().sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(video))));
        assertThat(item.record().size()).isEqualTo(Files.size(video));
        assertThat(last).containsExactly(Files.size(video), Files.size(video));
        assertThat(item.record().location()).isEqualTo(video.toAbsolutePath().toString());
        assertThat(item.record().kind()).isEqualTo(AvKind.VIDEO);
        // 复议 is 第十五条（二）, and it makes the file itself permanent (第十条（四）)
        assertThat(item.longTerm()).extracting(r -> r.article() + "：" + r.reason())
                .containsExactly("第十五条（二）：本案已申请行政复议或提起行政诉讼", "隆阳区 第十九条：随卷归档，与案卷同样保管永久");
    }

    @Test
    void aCancelledHashRegistersNothing() throws IOException {
        Path video = bigFile("长录像.mp4", 4 * (1 << 20));
        ProgressListener cancelAfterFirstBlock = new ProgressListener() {
            private long seen;

            @Override
            public void progress(long done, long total, String what) {
                seen = done;
            }

            @Override
            public boolean isCancelled() {
                return seen > 0;
            }
        };
        assertThatThrownBy(() -> service.register(caseId, video, details(null), cancelAfterFirstBlock))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("av.cancelled"));
        assertThat(service.list(caseId)).isEmpty();
    }

    @Test
    void verifyingTellsUnchangedChangedAndMissingFilesApart() throws IOException {
        Path same = bigFile("a.mp4", 1000);
        Path edited = bigFile("b.mp4", 1000);
        Path gone = bigFile("c.mp4", 1000);
        for (Path p : List.of(same, edited, gone)) {
            service.register(caseId, p, details(null), ProgressListener.NONE);
        }
        try (OutputStream out = Files.newOutputStream(edited, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(0);
        }
        Files.delete(gone);
        assertThat(service.verify(caseId, ProgressListener.NONE)).extracting(AvCheck::result)
                .containsExactly(AvCheck.Result.OK, AvCheck.Result.CHANGED, AvCheck.Result.MISSING);
    }

    @Test
    void theDeadlineIsASettingEveryWorkstationShares() throws IOException {
        Path video = bigFile("晚.mp4", 10);
        service.register(caseId, video, details(LocalDateTime.of(2023, 5, 8, 9, 0)), ProgressListener.NONE);
        assertThat(service.list(caseId).get(0).late()).isTrue();
        assertThat(service.changeDeadline(48).hours()).isEqualTo(48);
        assertThat(service.list(caseId).get(0).late()).isFalse();
        assertThat(service.deadline().hours()).isEqualTo(48);
    }

    private static AvDetails details(LocalDateTime storedAt) {
        return new AvDetails(AvKind.guess("x.mp4"), "现场检查录像", "陈建华", LocalDateTime.of(2023, 5, 6, 10, 30),
                "思明区某大厦", "出示证件", storedAt == null ? LocalDateTime.of(2023, 5, 6, 17, 0) : storedAt, null,
                Set.of());
    }

    private Path bigFile(String name, int bytes) throws IOException {
        byte[] data = new byte[bytes];
        new Random(name.hashCode()).nextBytes(data);
        return Files.write(dir.resolve(name), data);
    }
}
