package org.anjuan.ui;

import java.util.List;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.RedoneCase;
import org.anjuan.domain.RetentionDecision;

/**
 * Everything the details pane shows about one case, read in one background step.
 *
 * @param links the original this case redoes and the cases that redo it (第九条); empty for most cases
 */
public record CaseDetails(CaseFile file, RetentionDecision retention, List<IssuedNumber> numbers,
                          List<RedoneCase> links) {

    public CaseDetails {
        numbers = List.copyOf(numbers);
        links = List.copyOf(links);
    }

    public CaseDetails(CaseFile file, RetentionDecision retention, List<IssuedNumber> numbers) {
        this(file, retention, numbers, List.of());
    }

    /** The same details with the case's 第九条 links. */
    public CaseDetails withLinks(List<RedoneCase> newLinks) {
        return new CaseDetails(file, retention, numbers, newLinks);
    }

    /**
     * Whether the case is bound (filed). A case gets its numbers only when it is bound, in the transaction that
     * records its volumes, so any number, even one voided since, means its file exists.
     */
    public boolean bound() {
        return !numbers.isEmpty();
    }

    /** The year its retention is counted from: its valid archive number's year, which is its closing year. */
    public int archiveYear() {
        return numbers.stream().filter(n -> !n.voided()).findFirst().map(n -> n.number().year())
                .orElse(file.closed().getYear());
    }
}
