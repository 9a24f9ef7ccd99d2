package org.anjuan.domain;

/** One article of the regulation that applies to a case, and the period it gives. */
public record RetentionFinding(RetentionPeriod period, String article, String reason) {
}
