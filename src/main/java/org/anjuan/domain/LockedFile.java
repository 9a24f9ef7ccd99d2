package org.anjuan.domain;

import java.util.List;

/**
 * 第九条: once a volume of a case is bound, no one may take out, alter, add or deface its materials. This rule
 * says which changes are refused then, and why, in words that also say what to do instead (补正 or an approved
 * 增补). The services ask it before they change a case; the store asks it again inside the transaction.
 */
public final class LockedFile {

    /** The changes a bound case refuses, each with the message that explains the refusal. */
    public enum Change {
        MATERIALS("locked.materials"),
        ORDER("locked.order"),
        PAGE_MARKS("locked.pageMarks"),
        RETENTION("locked.retention"),
        VOID_NUMBER("locked.voidNumber"),
        REBIND("locked.rebind");

        private final String key;

        Change(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final String title;
    private final List<String> boundNumbers;

    /** A case by its title and the archive numbers of its bound volumes (none: not bound, nothing locked). */
    public LockedFile(String title, List<String> boundNumbers) {
        this.title = title;
        this.boundNumbers = List.copyOf(boundNumbers);
    }

    public boolean locked() {
        return !boundNumbers.isEmpty();
    }

    public List<String> boundNumbers() {
        return boundNumbers;
    }

    /** Refuses {@code change} if the case is bound; otherwise does nothing. */
    public void check(Change change) {
        if (locked()) {
            throw refusal(change);
        }
    }

    /** The refusal of {@code change}: its arguments are the case's title and its volumes' archive numbers. */
    public AnjuanException refusal(Change change) {
        return new AnjuanException(change.key(), title, String.join("、", boundNumbers));
    }
}
