package org.anjuan.ui;

/** The audit check's result as shown: intact or not, the verdict, and what to do (empty when intact). */
public record AuditFinding(boolean intact, String verdict, String advice) {
}
