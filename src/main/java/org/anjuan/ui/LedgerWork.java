package org.anjuan.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.anjuan.i18n.Messages;

/**
 * What the parts of the 档案利用登记 window share: the desk, the background tasks, and one message line that says
 * what just happened or — in red — why the register refused it, in the service's Chinese words.
 */
final class LedgerWork {

    private final BackgroundTasks tasks;
    private final Failures failures;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private LedgerDesk desk;

    LedgerWork(BackgroundTasks tasks, Messages messages, ErrorReporter errors) {
        this.tasks = tasks;
        this.failures = new Failures(messages, errors);
    }

    void connect(LedgerDesk newDesk) {
        this.desk = newDesk;
    }

    boolean connected() {
        return desk != null;
    }

    /** Runs {@code work} on the desk in the background; a refusal shows in the message line. */
    <T> void run(Function<LedgerDesk, T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, e -> { });
    }

    <T> void run(Function<LedgerDesk, T> work, Consumer<? super T> onSuccess, Consumer<Throwable> alsoOnFailure) {
        LedgerDesk d = desk;
        if (d == null) {
            return;
        }
        tasks.run(() -> work.apply(d), onSuccess, e -> {
            refuse(failures.explain(e));
            alsoOnFailure.accept(e);
        });
    }

    /** Reports a failure in a dialog (export, print), keeping the message line for the status. */
    void report(String headerKey, Throwable e) {
        refuse(failures.report(headerKey, e, headerKey));
    }

    void say(String text) {
        refused.set(false);
        message.set(text);
    }

    void refuse(String text) {
        refused.set(true);
        message.set(text);
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }
}
