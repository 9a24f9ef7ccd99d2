package org.anjuan.casefolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalInt;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.Category;
import org.anjuan.domain.Material;
import org.anjuan.domain.MaterialKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFolderReaderTest {

    @TempDir
    Path root;

    private final CaseFolderReader reader = new CaseFolderReader();

    @Test
    void readsTheCaseAndItsMaterialsInOrder() {
        Path dir = Fixtures.folder(root, "good", "case.yaml", Fixtures.GOOD_YAML);

        CaseFolder folder = reader.read(dir);
        CaseFile c = folder.caseFile();

        assertThat(folder.folder()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(c.id()).isNull();
        assertThat(c.sourceDir()).isEqualTo(dir.toAbsolutePath().normalize().toString());
        assertThat(c.category()).isEqualTo(Category.PUNISHMENT_GENERAL);
        assertThat(c.title()).isEqualTo("厦门某置业有限公司未按规定修建防空地下室案");
        assertThat(c.parties()).containsExactly("厦门某置业有限公司");
        assertThat(c.opened()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(c.closed()).isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(c.flags()).containsExactly(CaseFlag.REVIEW);
        assertThat(c.secrecy().level()).isEqualTo("秘密");
        assertThat(c.secrecy().declassifyCondition()).isEqualTo("工程报废后");
        assertThat(c.materials()).extracting(Material::title)
                .containsExactly("立案审批表", "询问笔录", "现场照片", "罚没款收据（复印件）");
    }

    @Test
    void readsEachMaterialsDetails() {
        CaseFile c = reader.read(Fixtures.folder(root, "good", "case.yaml", Fixtures.GOOD_YAML)).caseFile();

        Material interview = c.materials().get(1);
        assertThat(interview.kind()).isEqualTo(MaterialKind.EVIDENCE);
        assertThat(interview.file()).isEqualTo("scans/02.pdf");
        assertThat(interview.pages()).as("provisional until the PDF is counted").isEqualTo(1);
        Material photos = c.materials().get(2);
        assertThat(photos.isPaperOnly()).isTrue();
        assertThat(photos.pages()).isEqualTo(3);
        assertThat(photos.evidence().quantity()).isEqualTo("6");
        assertThat(photos.evidence().takenAt()).isEqualTo(LocalDateTime.of(2023, 3, 9, 10, 30));
        Material receipt = c.materials().get(3);
        assertThat(receipt.kind()).isEqualTo(MaterialKind.DOCUMENT);
        assertThat(receipt.docNo()).isEqualTo("厦财〔2023〕1号");
        assertThat(receipt.secondary()).isTrue();
        assertThat(receipt.isCopy()).isTrue();
        assertThat(receipt.isUnverifiedCopy()).isFalse();
    }

    @Test
    void listsTheScansWhosePagesThePdfMustGive() {
        Path dir = Fixtures.folder(root, "good", "case.yaml", Fixtures.GOOD_YAML);

        CaseFolder folder = reader.read(dir);

        Path abs = dir.toAbsolutePath().normalize();
        assertThat(folder.scans()).containsExactly(
                new CaseFolder.Scan(0, abs.resolve("01.pdf"), OptionalInt.of(1)),
                new CaseFolder.Scan(1, abs.resolve("scans/02.pdf"), OptionalInt.empty()));
        assertThat(folder.scanOf(2)).isEmpty();
    }

    @Test
    void readsTheSameCaseWrittenAsJson() {
        CaseFolder fromYaml = reader.read(Fixtures.folder(root, "yaml", "case.yaml", Fixtures.GOOD_YAML));
        CaseFolder fromJson = reader.read(Fixtures.folder(root, "json", "case.json", JSON));

        assertThat(fromJson.caseFile()).usingRecursiveComparison().ignoringFields("sourceDir")
                .isEqualTo(fromYaml.caseFile());
        assertThat(fromJson.scans()).extracting(CaseFolder.Scan::index, CaseFolder.Scan::declaredPages)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, OptionalInt.of(1)),
                        org.assertj.core.groups.Tuple.tuple(1, OptionalInt.empty()));
    }

    @Test
    void acceptsASinglePartyAndCaseYml() {
        String yaml = Fixtures.GOOD_YAML.replace("parties:\n  - 厦门某置业有限公司", "parties: 陈某");

        CaseFile c = reader.read(Fixtures.folder(root, "yml", "case.yml", yaml)).caseFile();

        assertThat(c.parties()).containsExactly("陈某");
    }

    @Test
    void readPlannedAcceptsScansNotYetDrawn() {
        Path dir = Fixtures.folder(root, "plan", "case.yaml", Fixtures.GOOD_YAML.replace("01.pdf", "later.pdf"));

        CaseFolder folder = reader.readPlanned(dir);

        assertThat(folder.scans().get(0).pdf()).hasFileName("later.pdf").doesNotExist();
    }

    /* Tabs are not YAML indentation, but a JSON file indented with tabs must still be read. */
    private static final String JSON = """
            {
            \t"category": "行政处罚一般程序",
            \t"title": "厦门某置业有限公司未按规定修建防空地下室案",
            \t"parties": ["厦门某置业有限公司"],
            \t"department": "工程管理处",
            \t"officer": "陈建华",
            \t"opened": "2023-03-06",
            \t"closed": "2023-06-20",
            \t"flags": ["复议"],
            \t"secrecy": {"level": "秘密", "term": "10年", "declassify": "工程报废后", "scope": "本办执法人员"},
            \t"materials": [
            \t\t{"title": "立案审批表", "date": "2023-03-06", "file": "01.pdf", "pages": 1},
            \t\t{"title": "询问笔录", "author": "陈建华", "date": "2023-03-09", "kind": "证据",
            \t\t "file": "scans/02.pdf"},
            \t\t{"title": "现场照片", "kind": "照片", "pages": 3,
            \t\t "evidence": {"name": "地下室现状", "quantity": 6, "takenAt": "2023-03-09T10:30"}},
            \t\t{"title": "罚没款收据（复印件）", "docNo": "厦财〔2023〕1号", "date": "2023-06-12", "pages": 1,
            \t\t "secondary": true,
            \t\t "copy": {"source": "缴款书原件", "checkedBy": "林晓雯", "checkedOn": "2023-06-12"}}
            \t]
            }
            """;
}
