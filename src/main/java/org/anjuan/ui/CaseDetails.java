package org.anjuan.ui;

import java.util.List;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.RetentionDecision;

/** Everything the details pane shows about one case, read in one background step. */
public record CaseDetails(CaseFile file, RetentionDecision retention, List<IssuedNumber> numbers) {

    public CaseDetails {
        numbers = List.copyOf(numbers);
    }
}
