package org.anjuan.domain;

/**
 * The outcome of re-hashing one stored record: unchanged, changed (the file is not the one registered, which
 * 第十四条 and the 全过程记录办法 forbid), missing, or not checkable (kept only on a medium).
 *
 * @param found the SHA-256 found now, or null when the file could not be read
 */
public record AvCheck(AvRecord record, Result result, String found) {

    public enum Result { OK, CHANGED, MISSING, NOT_CHECKABLE }

    public boolean failed() {
        return result == Result.CHANGED || result == Result.MISSING;
    }
}
