package org.anjuan.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * The period Anjuan proposes, the findings that decide it, and the findings it overrules. Where articles
 * disagree (第十条(三) 永久 against 第十一条 30年 for 一般程序 punishments) both are kept, so the clerk sees why.
 */
public record RetentionProposal(RetentionPeriod period, List<RetentionFinding> deciding,
                                List<RetentionFinding> overruled) {

    public RetentionProposal {
        deciding = List.copyOf(deciding);
        overruled = List.copyOf(overruled);
    }

    public boolean hasConflict() {
        return !overruled.isEmpty();
    }

    /** Every article considered, deciding ones first. */
    public List<String> articles() {
        return Stream.concat(deciding.stream(), overruled.stream()).map(RetentionFinding::article).distinct().toList();
    }

    public List<String> decidingArticles() {
        return deciding.stream().map(RetentionFinding::article).distinct().toList();
    }
}
