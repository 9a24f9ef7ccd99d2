package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the seeded templates in V2__order_templates.sql, read as text; the app reads them from the database. */
class OrderTemplateSeedTest {

    private static final Pattern ROW =
            Pattern.compile("\\('([A-Z_]+)', (\\d+), '([^']*)', '([^']*)'\\)[,;]");
    private static final Map<Category, List<TemplateEntry>> SEEDED = new EnumMap<>(Category.class);

    @BeforeAll
    static void readMigration() throws IOException {
        String sql;
        try (InputStream in = OrderTemplateSeedTest.class.getClassLoader()
                .getResourceAsStream("db/migration/V2__order_templates.sql")) {
            assertThat(in).as("V2__order_templates.sql on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long rowLines = sql.lines().filter(l -> l.startsWith("(")).count();
        Matcher row = ROW.matcher(sql);
        int rows = 0;
        while (row.find()) {
            rows++;
            SEEDED.computeIfAbsent(Category.valueOf(row.group(1)), c -> new ArrayList<>())
                    .add(new TemplateEntry(Integer.parseInt(row.group(2)), row.group(3),
                            Arrays.asList(row.group(4).split("\\|"))));
        }
        assertThat(rows).as("every row line is understood").isEqualTo(rowLines);
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyCategoryHasATemplateNumberedFromOneWithoutGaps(Category category) {
        List<TemplateEntry> entries = SEEDED.getOrDefault(category, List.of());

        assertThat(entries).extracting(TemplateEntry::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, entries.size()).boxed().toList())
                .isNotEmpty();
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.title()).isNotBlank();
            assertThat(e.keywords()).isNotEmpty().allSatisfy(k -> assertThat(k).isNotBlank().isEqualTo(k.strip()));
        });
        assertThat(new OrderTemplate(category, entries).entries()).hasSameSizeAs(entries);
    }

    /** Titles a clerk really writes, and the template step each must land on. */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            PUNISHMENT_GENERAL ; 行政处罚决定书                 ; 行政处罚决定书（附没收清单）
            PUNISHMENT_GENERAL ; 行政处罚决定书送达回证         ; 送达回证
            PUNISHMENT_GENERAL ; 送达回证（行政处罚决定书）     ; 送达回证
            PUNISHMENT_GENERAL ; 立案审批表                     ; 立案审批表
            PUNISHMENT_GENERAL ; 行政处罚事先告知书             ; 行政处罚事先告知书
            PUNISHMENT_GENERAL ; 听证告知书                     ; 听证告知书、听证通知书
            PUNISHMENT_GENERAL ; 查封、扣押决定书               ; 查封扣押通知书（决定书）
            PUNISHMENT_GENERAL ; 解除查封（扣押）决定书         ; 解除查封扣押通知书
            PUNISHMENT_GENERAL ; 解除先行登记保存证据通知书     ; 解除先行登记保存通知书
            PUNISHMENT_GENERAL ; 延期（分期）缴纳罚款审批表     ; 延期（分期）缴纳罚款审批表
            PUNISHMENT_GENERAL ; 案件调查终结报告               ; 调查终结报告
            PUNISHMENT_GENERAL ; 结案审批表                     ; 结案报告
            PUNISHMENT_GENERAL ; 罚没款收据复印件               ; 罚没款收据（复印件）
            PUNISHMENT_SIMPLE  ; 当场行政处罚决定书             ; 当场行政处罚决定书
            PUNISHMENT_SIMPLE  ; 现场检查笔录                   ; 现场检查笔录、检验报告、调查笔录（按时间顺序）
            INSPECTION         ; 责令限期改正指令书             ; 责令（限期）改正指令书
            INSPECTION         ; 整改复查意见书                 ; 整改复查意见书
            INSPECTION         ; 责令限期改正指令书送达回证     ; 送达回证
            PERMIT             ; 准予行政许可决定书             ; 行政许可决定书（准予、不予）
            PERMIT             ; 不予受理决定书                 ; 受理通知书（补正、不予受理）
            PERMIT             ; 听证申请书                     ; 听证材料
            COERCION           ; 查封扣押决定书                 ; 行政强制措施决定书（查封、扣押决定书）
            COERCION           ; 解除查封扣押决定书             ; 解除强制措施决定书、财物退还清单
            COERCION           ; 财物退还清单                   ; 解除强制措施决定书、财物退还清单
            COERCION           ; 延长查封扣押期限决定书         ; 延长查封扣押期限决定书
            COERCION           ; 结案审批表                     ; 结案报告
            EXPROPRIATION      ; 征用补偿协议                   ; 补偿材料（补偿协议、补偿凭证）
            OTHER              ; 立案审批表                     ; 立案（受理）审批表
            OTHER              ; 决定书送达回证                 ; 送达回证
            """)
    void realTitlesLandOnTheRightStep(Category category, String title, String step) {
        OrderTemplate template = new OrderTemplate(category, SEEDED.get(category));

        int rank = template.rank(title);

        assertThat(template.entries()).filteredOn(e -> e.position() == rank)
                .extracting(TemplateEntry::title).containsExactly(step);
    }
}
