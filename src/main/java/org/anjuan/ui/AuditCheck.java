package org.anjuan.ui;

import org.anjuan.app.AppContext;
import org.anjuan.app.AuditService;
import org.anjuan.domain.AuditVerdict;

/**
 * What 核验审计日志… asks of the application layer: the verdict on the audit chain in the clerk's words. Slow (it
 * reads the whole log) and called off the FX thread. The window uses {@link #of(AppContext)}; tests pass a fake.
 */
@FunctionalInterface
public interface AuditCheck {

    AuditFinding verify();

    static AuditCheck of(AppContext context) {
        return () -> {
            AuditService audit = context.audit();
            AuditVerdict v = audit.verify();
            return new AuditFinding(v.intact(), audit.describe(v), audit.advice(v));
        };
    }
}
