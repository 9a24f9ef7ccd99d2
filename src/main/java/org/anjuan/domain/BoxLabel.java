package org.anjuan.domain;

/**
 * What an archive box's cover and spine labels show (第八条: 案卷类别、归档时间、起止卷号、保管期限; with
 * DA/T 22's 全宗, 年度 and 盒号), filled in as a clerk writes them; label printing lays them out.
 *
 * @param filingTime  归档时间: the earliest to the latest closing date in the box, or one date if they are equal
 * @param firstNumber 起止卷号, upper cell
 * @param lastNumber  起止卷号, lower cell; equal to the first for a box of one volume
 * @param code        the text of the label's QR code and the box's name in the register, e.g. 2023-罚-001
 */
public record BoxLabel(String fonds, String category, int year, String filingTime, String firstNumber,
                       String lastNumber, String retention, int boxNumber, int spineMm, String code, int volumes) {

    /**
     * What the label's QR code holds: the box code, then the archive numbers of its first and last volume
     * (SPEC §7: a label carries the archive number, so a scanner finds the files), e.g.
     * {@code 2023-罚-001 2023年厦国动罚字第01号至2023年厦国动罚字第03号}. The code comes first, so a lookup can
     * take the first word ({@link #codeOf}).
     */
    public String qrText() {
        return code + " " + (firstNumber.equals(lastNumber) ? firstNumber : firstNumber + "至" + lastNumber);
    }

    /** The box code at the start of a scanned label's text (or the text itself when it is only a code). */
    public static String codeOf(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    public static BoxLabel of(ArchiveBox box, String fonds) {
        return new BoxLabel(fonds, box.category(), box.year(),
                ChineseDate.span(box.firstClosed(), box.lastClosed()), box.first().archiveNumber(),
                box.last().archiveNumber(), box.retention().label(), box.number(), box.spineMm(),
                box.code().text(), box.volumes().size());
    }
}
