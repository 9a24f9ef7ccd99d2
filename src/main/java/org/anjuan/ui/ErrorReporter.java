package org.anjuan.ui;

/** Shows a failure to the clerk: a header, the localized message, and the technical details folded away. */
@FunctionalInterface
public interface ErrorReporter {

    void show(String header, String message, Throwable details);
}
