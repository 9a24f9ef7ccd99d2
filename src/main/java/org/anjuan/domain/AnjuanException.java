package org.anjuan.domain;

import java.util.Arrays;

/**
 * A refusal the user must read: it carries a message key and its arguments, and the UI or the CLI turns
 * them into text in the user's language. {@link #getMessage()} is for logs only.
 */
public class AnjuanException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public AnjuanException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public AnjuanException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
