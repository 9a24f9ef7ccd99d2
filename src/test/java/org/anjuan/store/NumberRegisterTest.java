package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.IssuedNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class NumberRegisterTest {

    @Parameter
    Engine engine;

    private final ArchiveNumberFormat format = ArchiveNumberFormat.standard();

    @Test
    void sequencesRunPerYearAndWord() {
        try (Database db = engine.open("seq")) {
            NumberRegister register = new NumberRegister(db);
            assertThat(issueOne(register, 2023, "罚")).isEqualTo("2023年厦国动罚字第01号");
            assertThat(issueOne(register, 2023, "罚")).isEqualTo("2023年厦国动罚字第02号");
            assertThat(issueOne(register, 2023, "检")).isEqualTo("2023年厦国动检字第01号");
            assertThat(issueOne(register, 2024, "罚")).isEqualTo("2024年厦国动罚字第01号");
        }
    }

    @Test
    void aMultiVolumeCaseTakesOneConsecutiveNumberPerVolume() {
        try (Database db = engine.open("volumes")) {
            long caseId = TestCases.store(db);
            NumberRegister register = new NumberRegister(db);
            issueOne(register, 2023, "罚");
            List<ArchiveNumber> numbers = register.issue(format, 2023, "罚", 3, caseId, "档案员");
            assertThat(numbers).extracting(ArchiveNumber::text).containsExactly(
                    "2023年厦国动罚字第02号", "2023年厦国动罚字第03号", "2023年厦国动罚字第04号");
            assertThat(register.forCase(caseId)).extracting(IssuedNumber::volumeNo).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aVoidedNumberStaysListedWithItsReasonAndIsNeverReused() {
        try (Database db = engine.open("void")) {
            NumberRegister register = new NumberRegister(db);
            String first = issueOne(register, 2023, "罚");
            IssuedNumber voided = register.voidNumber(first, "误取号，案件尚未结案", "档案员");
            assertThat(voided.voided()).isTrue();
            assertThat(issueOne(register, 2023, "罚")).isEqualTo("2023年厦国动罚字第02号");
            assertThat(register.all()).extracting(IssuedNumber::text, IssuedNumber::voided, IssuedNumber::voidReason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(first, true, "误取号，案件尚未结案"),
                            org.assertj.core.groups.Tuple.tuple("2023年厦国动罚字第02号", false, null));
            assertThatThrownBy(() -> register.voidNumber(first, "again", "档案员"))
                    .isInstanceOfSatisfying(AnjuanException.class,
                            e -> assertThat(e.key()).isEqualTo("number.alreadyVoided"));
            assertThatThrownBy(() -> register.voidNumber("2023年厦国动罚字第02号", " ", "档案员"))
                    .isInstanceOfSatisfying(AnjuanException.class,
                            e -> assertThat(e.key()).isEqualTo("number.void.reason"));
            assertThatThrownBy(() -> register.voidNumber("2023年厦国动罚字第99号", "x", "档案员"))
                    .isInstanceOfSatisfying(AnjuanException.class,
                            e -> assertThat(e.key()).isEqualTo("number.notFound"));
        }
    }

    @Test
    void eightWorkstationsIssuingAtOnceGetNoDuplicateAndLeaveNoGap(@TempDir Path dir) throws Exception {
        int threads = 8;
        int perThread = 250;
        try (Database db = engine.openFile(dir.resolve("register"))) {
            NumberRegister register = new NumberRegister(db);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Callable<List<Integer>>> clerks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String clerk = "clerk" + t;
                clerks.add(() -> IntStream.range(0, perThread)
                        .mapToObj(i -> register.issue(format, 2023, "罚", 1, null, clerk).get(0).seq()).toList());
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : pool.invokeAll(clerks)) {
                all.addAll(f.get());
            }
            pool.shutdown();
            Set<Integer> distinct = new TreeSet<>(all);
            assertThat(all).hasSize(threads * perThread);
            assertThat(distinct).hasSize(threads * perThread);
            assertThat(distinct).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, threads * perThread).boxed().collect(Collectors.toList()));
            assertThat(register.all()).hasSize(threads * perThread);
        }
    }

    private String issueOne(NumberRegister register, int year, String word) {
        return register.issue(format, year, word, 1, null, "档案员").get(0).text();
    }
}
