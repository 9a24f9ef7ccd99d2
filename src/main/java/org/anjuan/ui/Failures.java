package org.anjuan.ui;

import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed background task into what the clerk sees: the Chinese message of the {@link AnjuanException}
 * somewhere in the cause chain, or a general message for anything unexpected. Logged here, once.
 */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private final Messages messages;
    private final ErrorReporter errors;

    Failures(Messages messages, ErrorReporter errors) {
        this.messages = messages;
        this.errors = errors;
    }

    /** Shows the failure under the given header and returns the status line to show afterwards. */
    String report(String headerKey, Throwable failure, String statusKey) {
        AnjuanException refusal = refusal(failure);
        String message;
        if (refusal != null) {
            message = messages.text(refusal);
            LOG.warn("{}: {}", headerKey, refusal.getMessage());
        } else {
            message = messages.text("dialog.unexpected", String.valueOf(failure));
            LOG.error(headerKey, failure);
        }
        errors.show(messages.text(headerKey), message, failure);
        return messages.text(statusKey);
    }

    /** The clerk's text for a failure that is shown in place (a row, a dialog line), not in an error dialog. */
    String explain(Throwable failure) {
        AnjuanException refusal = refusal(failure);
        if (refusal != null) {
            LOG.warn("{}", refusal.getMessage());
            return messages.text(refusal);
        }
        LOG.error("unexpected", failure);
        return messages.text("dialog.unexpected", String.valueOf(failure));
    }

    static AnjuanException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AnjuanException a) {
                return a;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
