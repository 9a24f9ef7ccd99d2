package org.anjuan.report;

import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;

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
