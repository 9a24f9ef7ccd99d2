package org.anjuan.ui;

import java.util.List;
import org.anjuan.app.PrintForm;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.i18n.Messages;

/** The print centre's texts: what a job holds, the file name it is saved under, the page count, a box's range. */
final class PrintCentreText {

    /** Characters Windows or Linux refuse in a file name. */
    private static final String NOT_IN_FILE_NAMES = "[\\\\/:*?\"<>|\\p{Cntrl}]";
    private static final int LONGEST_NAME = 120;

    private final Messages messages;

    PrintCentreText(Messages messages) {
        this.messages = messages;
    }

    /** 案卷封面、卷内目录 */
    String forms(List<PrintForm> forms) {
        return String.join("、", forms.stream().map(PrintForm::title).toList());
    }

    /**
     * The volumes or boxes printed for: one by its archive number or box code, several as the first and how many;
     * empty when the forms are printed for nothing in particular.
     */
    String targets(PrintCentreViewModel.Target kind, List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return messages.text(kind == PrintCentreViewModel.Target.VOLUMES ? "printCentre.target.volumes"
                : "printCentre.target.boxes", names.get(0), names.size());
    }

    /** What the print queue shows and the clerk reads back: 案卷封面、卷内目录 2023年厦国动罚字第01号. */
    String job(List<PrintForm> forms, String targets) {
        return (forms(forms) + " " + targets).strip();
    }

    /** 案卷封面、卷内目录-2023年厦国动罚字第01号.pdf, with nothing a file system refuses. */
    String fileName(List<PrintForm> forms, String targets) {
        String name = targets.isEmpty() ? forms(forms) : forms(forms) + "-" + targets;
        name = name.replaceAll(NOT_IN_FILE_NAMES, "_").strip();
        if (name.length() > LONGEST_NAME) {
            name = name.substring(0, LONGEST_NAME).strip();
        }
        return name + ".pdf";
    }

    /** 共 3 页, or 共 45 页，预览前 20 页 when the preview stops short. */
    String pages(int total, int shown) {
        return shown < total ? messages.text("printCentre.pages.partial", total, shown)
                : messages.text("printCentre.pages", total);
    }

    /**
     * 起止卷号 of a box: the first archive number and, of the last, what differs from it from the sequence number
     * on (2023年厦国动罚字第01号 至 05号), or the one number it holds.
     */
    String boxRange(ArchiveBox box) {
        String first = box.first().archiveNumber();
        String last = box.last().archiveNumber();
        if (first.equals(last)) {
            return first;
        }
        int same = 0;
        while (same < Math.min(first.length(), last.length()) && first.charAt(same) == last.charAt(same)) {
            same++;
        }
        while (same > 0 && Character.isDigit(last.charAt(same - 1))) {
            same--; // never cut a sequence number in two: 第01号 至 第02号 differ from its first digit
        }
        return messages.text("printCentre.box.range", first, last.substring(same));
    }

    /** 盒脊 30 毫米 */
    String spine(ArchiveBox box) {
        return messages.text("printCentre.box.spine", box.spineMm());
    }

    /** 已选 2 卷，共 5 卷 */
    String picked(PrintCentreViewModel.Target kind, long picked, int all) {
        return messages.text(kind == PrintCentreViewModel.Target.VOLUMES ? "printCentre.picked.volumes"
                : "printCentre.picked.boxes", picked, all);
    }
}
