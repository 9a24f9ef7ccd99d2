package org.anjuan.domain;

import java.time.LocalDateTime;

/**
 * Evidence that cannot be attached is photographed, and the file records the original's name, content,
 * quantity, source, features, time of extraction and storage place (第六条).
 */
public record EvidenceRecord(String name, String content, String quantity, String source,
                             String features, LocalDateTime takenAt, String storedAt) {
}
