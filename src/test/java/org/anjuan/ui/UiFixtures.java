package org.anjuan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.anjuan.app.BindPlan;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.BindingMaterial;
import org.anjuan.domain.BindingPlanner;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.ExpiringFile;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.RetentionProposal;
import org.anjuan.domain.RedoneCase;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.VolumeLayout;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.CaseSummary;
import org.anjuan.domain.Category;
import org.anjuan.domain.CopyVerification;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.Material;
import org.anjuan.domain.MaterialKind;
import org.anjuan.domain.RetentionRule;
import org.anjuan.domain.Secrecy;

/** Cases for the view-model tests, and a register that keeps them in memory. */
final class UiFixtures {

    private UiFixtures() {
    }

    static CaseSummary summary(long id, String title, String parties, LocalDate closed, String numbers) {
        return new CaseSummary(id, Category.INSPECTION, title, parties, "工程管理处", "陈伟、刘洋",
                closed.minusDays(16), closed, 2, 4, numbers);
    }

    static CaseFile punishment(long id) {
        return new CaseFile(id, Category.PUNISHMENT_GENERAL, "厦门某置业有限公司未按规定修建防空地下室案",
                List.of("厦门某置业有限公司", "张某"), "执法监督处", "李明、王芳",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 11, 20), Set.of(CaseFlag.REVIEW),
                new Secrecy(null, null, null, "承办人、分管领导"),
                List.of(material("立案审批表", null, null, null, false),
                        material("行政处罚决定书", "厦国动罚决〔2023〕5号", "scans/decision.pdf", null, false),
                        material("罚没款收据复印件", null, null,
                                new CopyVerification("厦门市财政局", "王芳", LocalDate.of(2023, 11, 3)), false),
                        material("送达回证复印件", null, null, new CopyVerification("当事人", null, null), true)),
                "/cases/2023-5");
    }

    static Material material(String title, String docNo, String file, CopyVerification copy, boolean secondary) {
        return new Material(title, docNo, "厦门市国防动员办公室", LocalDate.of(2023, 10, 8), MaterialKind.DOCUMENT,
                file, 2, copy, secondary, null);
    }

    static CaseDetails details(CaseFile c, List<IssuedNumber> numbers) {
        RetentionRule rule = new RetentionRule();
        return new CaseDetails(c, rule.decide(rule.propose(c.category(), c.flags()), null, null), numbers);
    }

    static IssuedNumber number(String text, boolean voided, String reason) {
        return new IssuedNumber(new ArchiveNumber(2023, "厦国动", "罚", 1, text), 1L, 1,
                LocalDateTime.of(2023, 12, 1, 9, 0), "档案员", voided, reason, null);
    }

    /** The plan of {@code c}: scans as two pages, the second blank; two volumes when a material is 副卷. */
    static BindPlan plan(CaseFile c) {
        List<BindingMaterial> materials = new ArrayList<>();
        for (int i = 0; i < c.materials().size(); i++) {
            Material m = c.materials().get(i);
            materials.add(m.isPaperOnly() ? BindingMaterial.paper(i + 1, m)
                    : BindingMaterial.scan(i + 1, m, List.of(PageKind.CONTENT, PageKind.BLANK)));
        }
        List<VolumeLayout> volumes = new BindingPlanner(200, NumberPosition.TOP).plan(materials);
        List<ArchiveNumber> predicted = new ArrayList<>();
        for (int i = 1; i <= volumes.size(); i++) {
            predicted.add(new ArchiveNumber(2023, "厦国动", "罚", i, "2023年厦国动罚字第0" + i + "号"));
        }
        RetentionProposal proposal = new RetentionRule().propose(c.category(), c.flags());
        return new BindPlan(Path.of(c.sourceDir()), c, Map.of(), volumes, predicted, proposal, proposal.period(),
                List.of("第 4 份材料“送达回证复印件”为复印件，未注明“与原件核对无误”的来源、日期或核对人（第六条）。"));
    }

    /** A register in memory: importing a folder adds a case titled after the folder's name. */
    static final class FakeRegister implements CaseRegister {
        final List<CaseSummary> cases = new ArrayList<>();
        final FakeBinding binding = new FakeBinding();
        final FakePrintDesk printing = new FakePrintDesk();
        final FakeBoxDesk boxing = new FakeBoxDesk();
        /** The bound volumes 到期鉴定 looks through. */
        final List<BoxableVolume> archived = new ArrayList<>();
        RuntimeException appraisalFailure;
        RuntimeException importFailure;
        int reads;
        AuditFinding auditFinding = new AuditFinding(true, "审计日志完整：共 0 条记录。", "");
        RuntimeException auditFailure;
        /** 第九条 links made through {@link #linkRedone}: original and redone case. */
        final List<RedoneCase> links = new ArrayList<>();
        /** The lending and consultation register, when a test keeps one. */
        LedgerDesk ledger;

        @Override
        public LedgerDesk ledger() {
            return ledger;
        }

        @Override
        public AuditCheck audit() {
            return () -> {
                if (auditFailure != null) {
                    throw auditFailure;
                }
                return auditFinding;
            };
        }

        @Override
        public CaseBinding binding() {
            return binding;
        }

        @Override
        public PrintDesk printing() {
            return printing;
        }

        @Override
        public BoxDesk boxing() {
            return boxing;
        }

        @Override
        public List<CaseSummary> summaries() {
            reads++;
            return List.copyOf(cases);
        }

        @Override
        public CaseDetails details(long caseId) {
            CaseSummary s = cases.stream().filter(c -> c.id() == caseId).findFirst().orElseThrow();
            CaseFile c = punishment(caseId);
            return UiFixtures.details(new CaseFile(s.id(), s.category(), s.title(), List.of(s.parties()), s.department(),
                    s.officer(), s.opened(), s.closed(), EnumSet.noneOf(CaseFlag.class), null, c.materials(), null),
                    List.of()).withLinks(links.stream()
                    .filter(l -> l.originalId() == caseId || l.redoneId() == caseId).toList());
        }

        /** Links to a case of the register named by id, else refuses as the real register does. */
        @Override
        public RedoneCase linkRedone(long caseId, String original) {
            CaseSummary o = cases.stream().filter(c -> String.valueOf(c.id()).equals(original)).findFirst()
                    .orElseThrow(() -> new AnjuanException("case.redo.unknown", original));
            CaseSummary r = cases.stream().filter(c -> c.id() == caseId).findFirst().orElseThrow();
            RedoneCase link = new RedoneCase(o.id(), o.title(), r.id(), r.title());
            links.add(link);
            return link;
        }

        @Override
        public List<ExpiringFile> dueForAppraisal(LocalDate asOf, int withinDays) {
            if (appraisalFailure != null) {
                throw appraisalFailure;
            }
            return ExpiringFile.dueForAppraisal(archived, asOf, withinDays);
        }

        @Override
        public CaseFile importFolder(Path caseDir) {
            if (importFailure != null) {
                throw importFailure;
            }
            long id = cases.size() + 1;
            String title = caseDir.getFileName().toString();
            cases.add(0, summary(id, title, "某公司", LocalDate.of(2023, 5, 20), ""));
            return new CaseFile(id, Category.INSPECTION, title, List.of("某公司"), "工程管理处", "陈伟",
                    LocalDate.of(2023, 5, 4), LocalDate.of(2023, 5, 20), Set.of(), null,
                    punishment(id).materials(), caseDir.toString());
        }
    }
}
