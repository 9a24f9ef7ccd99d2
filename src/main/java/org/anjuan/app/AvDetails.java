package org.anjuan.app;

import java.time.LocalDateTime;
import java.util.Set;
import org.anjuan.domain.AvGround;
import org.anjuan.domain.AvKind;

/**
 * What the clerk writes about a record when registering it.
 *
 * @param storedAt when the original reached the dedicated storage; null: now, as the clerk stores it
 * @param location 存储位置; null for a file: the file's own path. Required for an item kept only on a medium.
 * @param grounds  what the recording shows that requires keeping it long-term (第十五条), if anything
 */
public record AvDetails(AvKind kind, String title, String recorder, LocalDateTime recordedAt, String place,
                        String summary, LocalDateTime storedAt, String location, Set<AvGround> grounds) {

    public AvDetails {
        grounds = Set.copyOf(grounds);
    }
}
