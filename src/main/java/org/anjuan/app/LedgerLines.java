package org.anjuan.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerRow;
import org.anjuan.domain.LedgerVolume;
import org.anjuan.domain.Visitor;

/** An entry's lines, one per volume: as the paper register writes them, and as the .xlsx export's cells. */
final class LedgerLines {

    /** The export's column heads, in order. */
    static final List<String> HEADS = List.of("序号", "登记类别", "登记时间", "姓名", "单位", "人员类别", "证件类型",
            "证件号码", "联系电话", "档号", "卷次", "案卷题名", "页数", "借阅事由/利用目的", "摘抄复制页码", "摘抄复制用途",
            "审批人", "审批时间", "摘抄复制审批人", "摘抄复制审批时间", "授权委托书", "律师事务所函", "律师执业证",
            "知悉范围确认", "签字时间", "应还日期", "归还时间", "清点页数", "归还情况", "经手人", "状态", "备注");

    private LedgerLines() {
    }

    static List<LedgerRow> rows(LedgerEntry e) {
        List<LedgerRow> rows = new ArrayList<>();
        Visitor v = e.visitor();
        byte[] signature = e.signed() ? e.signature().png() : null;
        for (LedgerFile f : e.files()) {
            LedgerVolume vol = f.volume();
            String title = join(" ", vol.title(), vol.volumeText());
            String approver = e.approval() == null ? "" : e.approval().by();
            rows.add(new LedgerRow(e.seq(), ChineseDate.day(e.registeredAt().toLocalDate()), v.name(), v.unit(),
                    v.phone(), v.idDocument(), vol.archiveNumber(), title, e.purpose(), approver,
                    ChineseDate.day(e.dueDate()), f.returned() ? ChineseDate.day(f.returnedAt().toLocalDate()) : "",
                    copying(e), e.clerk(), null, remarks(e, f, e.kind() == LedgerKind.LENDING), signature));
        }
        return rows;
    }

    static List<List<Object>> cells(LedgerEntry e) {
        List<List<Object>> rows = new ArrayList<>();
        Visitor v = e.visitor();
        for (LedgerFile f : e.files()) {
            LedgerVolume vol = f.volume();
            rows.add(Arrays.asList(e.seq(), e.kind().label(), e.registeredAt(), v.name(), v.unit(),
                    v.category().label(), v.idType(), v.idNumber(), v.phone(), vol.archiveNumber(),
                    vol.volumes() > 1 ? vol.volume() + "/" + vol.volumes() : "1", vol.title(), vol.pages(), e.purpose(),
                    e.copy() == null ? null : e.copy().pages(), e.copy() == null ? null : e.copy().purpose(),
                    e.approval() == null ? null : e.approval().by(), e.approval() == null ? null : e.approval().at(),
                    e.copyApproval() == null ? null : e.copyApproval().by(),
                    e.copyApproval() == null ? null : e.copyApproval().at(),
                    seen(e, e.credentials().authorisation()), seen(e, e.credentials().firmLetter()),
                    seen(e, e.credentials().licence()),
                    e.scope() == null ? null : e.scope().confirmedBy() + "：" + e.scope().basis(),
                    e.signed() ? e.signature().at() : null, e.dueDate(), f.returnedAt(), f.pagesCounted(),
                    f.condition(), e.clerk(), f.returned() ? "已归还" : e.status().label(), e.remarks()));
        }
        return rows;
    }

    /** 复制、摘抄情况: the pages and purpose, and who approved. */
    private static String copying(LedgerEntry e) {
        if (e.copy() == null) {
            return "";
        }
        return e.copy().text() + (e.copyApproval() == null ? "" : " " + e.copyApproval().by() + "批准");
    }

    /** 备注: what the columns of the register do not hold. */
    private static String remarks(LedgerEntry e, LedgerFile f, boolean lending) {
        List<String> parts = new ArrayList<>();
        if (!lending && e.approval() != null) {
            parts.add(e.approval().by() + "审批");
        }
        if (lending && e.copy() != null) {
            parts.add("摘抄复制：" + copying(e));
        }
        if (e.credentials().complete()) {
            parts.add("三证已验");
        }
        if (e.scope() != null) {
            parts.add("知悉范围经" + e.scope().confirmedBy() + "确认");
        }
        if (f.returned() && f.condition() != null && !"完好".equals(f.condition())) {
            parts.add("归还：" + f.condition());
        }
        if (e.remarks() != null) {
            parts.add(e.remarks());
        }
        return String.join("；", parts);
    }

    private static String seen(LedgerEntry e, boolean seen) {
        return e.visitor().category() != org.anjuan.domain.VisitorCategory.LAWYER ? null : seen ? "已查验" : "未查验";
    }

    private static String join(String sep, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
    }
}
