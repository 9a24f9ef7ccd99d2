package org.anjuan.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.anjuan.i18n.Messages;

/**
 * 工具 → 核验审计日志…: walks the audit chain in the background and offers the finding for the view to show in a
 * dialog; a check that could not run goes to the {@link ErrorReporter} like any failure.
 */
public final class AuditCheckViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Failures failures;
    private final ReadOnlyObjectWrapper<AuditFinding> finding = new ReadOnlyObjectWrapper<>(this, "finding");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private AuditCheck check;

    public AuditCheckViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors) {
        this.tasks = tasks;
        this.messages = messages;
        this.failures = new Failures(messages, errors);
    }

    void connect(AuditCheck check) {
        this.check = check;
    }

    public void verify() {
        AuditCheck c = check;
        if (c == null) {
            return;
        }
        status.set(messages.text("main.status.verifyingAudit"));
        tasks.run(c::verify, f -> {
            finding.set(null); // the same finding twice is shown twice
            finding.set(f);
            status.set(messages.text(f.intact() ? "main.status.auditIntact" : "main.status.auditBroken"));
        }, e -> status.set(failures.report("dialog.audit.failed.header", e, "dialog.audit.failed.header")));
    }

    /** The latest finding, set when a check ends; the view shows it in a dialog. */
    public ReadOnlyObjectProperty<AuditFinding> findingProperty() {
        return finding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
