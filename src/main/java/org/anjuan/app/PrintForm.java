package org.anjuan.app;

import java.util.Arrays;
import java.util.Optional;

/** The forms the print centre prints, by the names the `print` command takes and the names a clerk uses. */
public enum PrintForm {
    COVER("cover", "案卷封面", Needs.VOLUMES),
    DIRECTORY("directory", "卷内目录", Needs.VOLUMES),
    BACKSHEET("backsheet", "卷内备考表", Needs.VOLUMES),
    BOX_COVER("box-cover", "档案盒封面", Needs.BOXES),
    BOX_SPINE("box-spine", "盒脊标签", Needs.BOXES),
    SPINE_SHEET("spine-sheet", "盒脊标签纸", Needs.BOXES),
    NUMBER_SHEETS("number-sheets", "页号单", Needs.VOLUMES),
    HANDOVER("handover", "移交清单", Needs.VOLUMES_OR_BOXES),
    LEDGER("ledger", "借阅查阅登记簿", Needs.NOTHING);

    /** What a form is printed for: a case's or one volume's forms, boxes' labels, or neither. */
    public enum Needs { VOLUMES, BOXES, VOLUMES_OR_BOXES, NOTHING }

    private final String cliName;
    private final String title;
    private final Needs needs;

    PrintForm(String cliName, String title, Needs needs) {
        this.cliName = cliName;
        this.title = title;
        this.needs = needs;
    }

    public String cliName() {
        return cliName;
    }

    public String title() {
        return title;
    }

    public Needs needs() {
        return needs;
    }

    public static Optional<PrintForm> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name) || f.title.equals(name)).findFirst();
    }

    public static String names() {
        return String.join("、", Arrays.stream(values()).map(PrintForm::cliName).toList());
    }
}
