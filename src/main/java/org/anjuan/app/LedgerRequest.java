package org.anjuan.app;

import java.util.List;
import org.anjuan.domain.CopyRequest;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.Visitor;

/**
 * What the clerk fills in to register a visit: the kind (null = 查阅, the default), the visitor, the volumes by
 * archive number (typed, or the text a scanner read from a cover), the purpose, an optional 摘抄/复制 request
 * and remarks.
 */
public record LedgerRequest(LedgerKind kind, Visitor visitor, List<String> archiveNumbers, String purpose,
                            CopyRequest copy, String remarks) {

    public LedgerRequest {
        kind = kind == null ? LedgerKind.CONSULTATION : kind;
        archiveNumbers = archiveNumbers == null ? List.of() : List.copyOf(archiveNumbers);
    }
}
