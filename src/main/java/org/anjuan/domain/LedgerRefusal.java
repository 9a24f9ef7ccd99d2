package org.anjuan.domain;

import java.util.List;

/**
 * Why an entry may not go ahead: a message key under {@code ledger.refuse.}, its arguments, and the article of
 * the 案卷管理办法 (or the SPEC's rule) it rests on. The message itself names the article and says what to do.
 */
public record LedgerRefusal(String key, String article, List<String> args) {

    public LedgerRefusal {
        args = List.copyOf(args);
    }

    public AnjuanException exception() {
        return new AnjuanException(key, args.toArray());
    }
}
