package org.anjuan.ui;

import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.ExpiringFile;
import org.anjuan.i18n.Messages;

/** One line of the 到期鉴定 table, as the clerk reads it. */
public record AppraisalRow(String number, String title, String period, String archiveYear, String expiry,
                           String box) {

    static AppraisalRow of(ExpiringFile f, Messages messages, DateText dates) {
        BoxableVolume v = f.volume();
        return new AppraisalRow(v.archiveNumber(), v.caseTitle(), v.retention().label(), Integer.toString(v.year()),
                f.expiry().map(dates::format).orElseGet(() -> messages.text("deadlines.permanent")),
                v.boxed() ? v.boxCode().text() : messages.text("appraisal.unboxed"));
    }
}
