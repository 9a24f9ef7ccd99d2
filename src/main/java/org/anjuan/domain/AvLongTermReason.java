package org.anjuan.domain;

/** One reason a record must be kept long-term, with the article that requires it. */
public record AvLongTermReason(String article, String reason) {
}
