package org.anjuan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which records must be kept long-term, on disc or a dedicated disk in the original format (第十五条). Reasons
 * come from three places:
 * <ul>
 * <li>what the recording shows, ticked by the clerk ({@link AvGround}, 第十五条（一）至（五）);</li>
 * <li>the case: 复议 or 诉讼 is 第十五条（二）; a 行政强制 case (查封、扣押、强制执行) touches major property
 * rights, 第十五条（一）;</li>
 * <li>the file it is kept with: a record filed as evidence is kept as long as the file (隆阳 第十九条), so a file
 * kept 永久 or 30年 keeps its records long-term too. Only the records of a 10年 file, with no other reason, are
 * kept the ordinary way: at least two years (廊坊 第二十二条; 淄博).</li>
 * </ul>
 */
public final class AvLongTermRule {

    static final String WITH_FILE = "隆阳区 第十九条";

    public List<AvLongTermReason> reasons(Set<AvGround> grounds, Category category, Set<CaseFlag> flags,
                                          RetentionPeriod fileRetention) {
        List<AvLongTermReason> found = new ArrayList<>();
        for (AvGround g : grounds) {
            found.add(new AvLongTermReason(g.article(), g.reason()));
        }
        if (category == Category.COERCION && !grounds.contains(AvGround.RIGHTS)) {
            found.add(new AvLongTermReason(AvGround.RIGHTS.article(), "行政强制案件（查封、扣押、强制执行）涉及重大财产权益"));
        }
        if ((flags.contains(CaseFlag.REVIEW) || flags.contains(CaseFlag.LITIGATION))
                && !grounds.contains(AvGround.OBJECTION)) {
            found.add(new AvLongTermReason(AvGround.OBJECTION.article(), "本案已申请行政复议或提起行政诉讼"));
        }
        if (fileRetention != null && fileRetention.atLeast(RetentionPeriod.YEARS_30)) {
            found.add(new AvLongTermReason(WITH_FILE, "随卷归档，与案卷同样保管" + fileRetention.label()));
        }
        return List.copyOf(found);
    }
}
