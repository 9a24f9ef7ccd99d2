package org.anjuan.app;

import java.time.Duration;
import java.util.stream.Collectors;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvItem;
import org.anjuan.i18n.Messages;

/** The flags and check results of audio/video records in the clerk's language, for the window and the CLI. */
public final class AvText {

    private final Messages messages;

    public AvText(Messages messages) {
        this.messages = messages;
    }

    /** 逾期存储、长期保存, or empty: the short marks a list shows. */
    public String marks(AvItem item) {
        String late = item.late() ? messages.text("av.mark.late") : "";
        String kept = item.keepLongTerm() ? messages.text("av.mark.longTerm") : "";
        return late.isEmpty() || kept.isEmpty() ? late + kept : messages.text("av.mark.both", late, kept);
    }

    /** Why the record is late, with the hours it took and the deadline; empty when it is not. */
    public String late(AvItem item) {
        return item.late() ? messages.text("av.late", duration(item.taken()),
                Integer.toString(item.deadline().hours())) : "";
    }

    /** Why the record is kept long-term, with the articles; empty when it is kept the ordinary way. */
    public String longTerm(AvItem item) {
        return item.keepLongTerm() ? messages.text("av.longTerm", item.longTerm().stream()
                .map(r -> messages.text("av.longTerm.reason", r.article(), r.reason()))
                .collect(Collectors.joining(messages.text("av.list.separator")))) : "";
    }

    public String check(AvCheck c) {
        return switch (c.result()) {
            case OK -> messages.text("av.check.ok");
            case CHANGED -> messages.text("av.check.changed", c.found());
            case MISSING -> messages.text("av.check.missing", c.record().file());
            case NOT_CHECKABLE -> messages.text("av.check.notCheckable", c.record().location());
        };
    }

    private String duration(Duration d) {
        long minutes = d.toMinutesPart();
        return minutes == 0 ? messages.text("av.duration.hours", Long.toString(d.toHours()))
                : messages.text("av.duration.hoursMinutes", Long.toString(d.toHours()), Long.toString(minutes));
    }
}
