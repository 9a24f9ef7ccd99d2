package org.anjuan.report;

import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.domain.HandoverRow;
import org.anjuan.domain.HandoverSheet;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerRow;
import org.anjuan.domain.LedgerSheet;

/** Form inputs as a 国防动员办公室 penalty case would give them, including the awkwardly long ones. */
final class FormSamples {

    static final String NUMBER = "2023年厦国动罚字第01号";
    static final String TITLE = "关于厦门某某建设工程有限公司在某某花园二期项目中未按规定修建防空地下室且拒不缴纳易地建设费的行政处罚案";

    private static final String[] KINDS = {"立案审批表", "询问通知书", "询问笔录", "现场检查笔录", "行政处罚事先告知书",
        "陈述申辩笔录", "行政处罚决定书", "送达回证", "罚没款收据"};

    private FormSamples() {
    }

    static CoverSheet cover(String secrecy) {
        return new CoverSheet("厦门市国防动员办公室", "行政处罚一般程序", TITLE, "2023年3月6日至2023年6月20日", "永久",
                12, 24, NUMBER, 1, 2, secrecy);
    }

    /** Every field longer than usual: the title alone needs five lines. */
    static CoverSheet crowdedCover() {
        return new CoverSheet("厦门市国防动员办公室（厦门市人民防空办公室）思明区分办公室", "行政处罚一般程序",
                TITLE.repeat(2), "2023年3月6日至2024年11月20日", "30年", 120, 1999, "2024年厦国动罚字第1234号", 12, 13,
                "秘密★10年");
    }

    /** {@code n} rows; every fifth has a title of 80+ characters and every seventh a long author. */
    static List<DirectoryRow> rows(int n) {
        List<DirectoryRow> rows = new ArrayList<>();
        int page = 1;
        for (int i = 1; i <= n; i++) {
            String kind = KINDS[i % KINDS.length];
            String title = i % 5 == 0
                    ? "关于厦门某某建设工程有限公司在某某花园二期住宅小区项目建设过程中未依法修建防空地下室并拒绝缴纳防空地下室易地建设费一案的"
                        + kind + "（含附件一份、现场照片十二张及情况说明）"
                    : "厦门某某建设工程有限公司" + kind;
            String author = i % 7 == 0 ? "厦门市国防动员办公室人民防空工程管理处执法监察科" : "厦门市国防动员办公室";
            String docNo = i % 3 == 0 ? "厦国动罚〔2023〕" + i + "号" : null;
            int pages = 1 + i % 4;
            rows.add(new DirectoryRow(i, docNo, author, title, "2023年3月" + (1 + i % 28) + "日",
                    i == n ? page + "-" + (page + pages - 1) : String.valueOf(page), i % 11 == 0 ? "复印件" : null));
            page += pages;
        }
        return rows;
    }

    /** {@code n} volumes of 2023 handed to the archive room; every fourth has a title of 60+ characters. */
    static HandoverSheet handover(int n, String date) {
        List<HandoverRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String title = i % 4 == 0
                    ? "关于厦门某某建设工程有限公司在某某花园二期住宅小区项目中未按规定修建防空地下室且拒不缴纳易地建设费的行政处罚案"
                    : "厦门某某置业有限公司第" + i + "号地块未按规定修建防空地下室案";
            rows.add(new HandoverRow(i, String.format("2023年厦国动罚字第%02d号", i), title, 2023,
                    i % 5 == 0 ? "30年" : "永久", 20 + i % 7 * 9, i % 6 == 0 ? "含光盘1张" : null));
        }
        return new HandoverSheet("厦门市国防动员办公室执法监督处", "档案室", date, rows);
    }

    /** {@code n} register lines of one kind, the first ones still out or with long text. */
    static LedgerSheet ledger(LedgerKind kind, int n) {
        String[] names = {"张伟", "李娜", "王芳", "欧阳建国", "陈静"};
        List<LedgerRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = names[i % names.length];
            String number = String.format("2023年厦国动罚字第%02d号", i);
            String title = i % 3 == 0 ? TITLE : "厦门某某置业有限公司未按规定修建防空地下室案";
            String day = "2024年3月" + (i % 28 + 1) + "日";
            rows.add(kind == LedgerKind.LENDING
                    ? new LedgerRow(i, day, name, i % 2 == 0 ? "执法监督处" : "厦门市人民防空工程质量监督站",
                            "139" + String.format("%08d", 5_920_000 + i), null, number, title,
                            i % 4 == 0 ? "办理行政复议答复，需核对原始证据材料" : "案件评查", "刘主任", "2024年4月" + (i % 28 + 1) + "日",
                            i <= 2 ? null : day, null, "林晓", null, i % 5 == 0 ? "已续借一次" : null)
                    : new LedgerRow(i, day, name, i % 2 == 0 ? "福建某某律师事务所" : "厦门某某置业有限公司", null,
                            i % 2 == 0 ? "律师执业证 13502201810000" + i : "身份证 350203198001010" + String.format("%03d", i),
                            number, title, i % 2 == 0 ? "代理行政诉讼" : "了解处罚依据", null, null, null,
                            i % 3 == 0 ? "复印决定书2页，已盖章" : "无", "林晓", i <= 2 ? null : "已解决", null));
        }
        return new LedgerSheet(kind, "厦门市国防动员办公室", "2024年1月1日至2024年12月31日", rows);
    }

    static BackSheet backSheet(int notes, String checker) {
        List<String> lines = new ArrayList<>();
        lines.add("本卷材料齐全，共 12 件 24 页，其中文字材料 22 页，照片 2 页。");
        for (int i = 2; i <= notes; i++) {
            lines.add("第 " + i + " 项：第 " + (i + 3) + " 页《现场检查笔录》为复印件，原件存于人民防空工程管理处，经与原件核对无误，"
                    + "复制人与核对人已签名并注明复制时间；本页右下角有轻微破损，不影响内容识读。");
        }
        return new BackSheet(NUMBER, notes == 0 ? List.of() : lines, "陈立华", checker, "2023年12月11日");
    }
}
