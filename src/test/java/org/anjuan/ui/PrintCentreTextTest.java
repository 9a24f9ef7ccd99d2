package org.anjuan.ui;

import static org.anjuan.ui.FakePrintDesk.box;
import static org.anjuan.ui.FakePrintDesk.volume;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anjuan.app.PrintForm;
import org.anjuan.i18n.Messages;
import org.anjuan.ui.PrintCentreViewModel.Target;
import org.junit.jupiter.api.Test;

/** What the print centre calls a job, a file and a box's volumes. */
class PrintCentreTextTest {

    private final PrintCentreText text = new PrintCentreText(Messages.chinese());

    @Test
    void aBoxShowsItsFirstNumberInFullAndOfTheLastWhatDiffers() {
        assertThat(text.boxRange(box(1, 1, volume(1, "甲案"), volume(2, "甲案"), volume(3, "乙案"))))
                .isEqualTo("2023年厦国动罚字第01号 至 03号");
        assertThat(text.boxRange(box(2, 2, volume(9, "甲案"), volume(10, "乙案"))))
                .as("a sequence number is never cut in two").isEqualTo("2023年厦国动罚字第09号 至 10号");
        assertThat(text.boxRange(box(3, 3, volume(4, "丙案")))).isEqualTo("2023年厦国动罚字第04号");
    }

    @Test
    void theFileNameSaysWhatIsInItAndNothingAFileSystemRefuses() {
        String one = text.targets(Target.VOLUMES, List.of("2023年厦国动罚字第01号"));
        assertThat(text.fileName(List.of(PrintForm.COVER), one)).isEqualTo("案卷封面-2023年厦国动罚字第01号.pdf");
        String several = text.targets(Target.VOLUMES, List.of("2023/罚:01", "2023/罚:02"));
        assertThat(text.fileName(List.of(PrintForm.COVER, PrintForm.BACKSHEET), several))
                .isEqualTo("案卷封面、卷内备考表-2023_罚_01等 2 卷.pdf");
        assertThat(text.job(List.of(PrintForm.LEDGER), "")).isEqualTo("借阅查阅登记簿");
    }
}
