package org.anjuan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjuan.domain.Material;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ScannedPage;
import org.anjuan.i18n.Messages;

/** What the page strip and the 提示 column say about scanned pages. Pure text: no toolkit, no database. */
final class PageText {

    private final Messages messages;

    PageText(Messages messages) {
        this.messages = messages;
    }

    String caption(PageItem p) {
        return messages.text("pages.caption", p.page());
    }

    /** The clerk's mark if any, else a detected blank page; and a warning for a page that is not A4. */
    List<PageBadge> badges(PageItem p) {
        List<PageBadge> badges = new ArrayList<>();
        if (p.mark() != null) {
            badges.add(new PageBadge(markName(p.mark()), PageBadge.MARKED, messages.text("pages.tip.marked",
                    markName(p.mark()), numbering(p.mark()), detected(p))));
        } else if (p.detectedBlank()) {
            badges.add(new PageBadge(messages.text("pages.badge.blank"), PageBadge.DETECTED,
                    messages.text("pages.tip.blank")));
        }
        if (p.notA4()) {
            ScannedPage s = p.inspected();
            badges.add(new PageBadge(messages.text("pages.badge.notA4"), PageBadge.WARNING, messages.text(
                    "pages.tip.notA4", Math.round(s.widthMm()), Math.round(s.heightMm()), s.advice().label())));
        }
        return badges;
    }

    /** The whole story of a page, for the thumbnail's tooltip. */
    String tip(PageItem p) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("pages.tip.first", caption(p), detected(p)));
        badges(p).forEach(b -> lines.add(b.tip()));
        lines.add(messages.text("pages.tip.menu"));
        return String.join("\n", lines);
    }

    String markName(PageKind kind) {
        return switch (kind) {
            case BLANK -> messages.text("pages.mark.blank");
            case CONTENT -> messages.text("pages.mark.content");
            case VERSO -> messages.text("pages.mark.verso");
            case VERSO_BLANK -> messages.text("pages.mark.versoBlank");
            default -> messages.text("pages.mark.other", kind.name());
        };
    }

    /** 第 2 份材料“询问笔录”：扫描件 4 页，空白 1 页（不编页号），非A4 1 页 — or why there are no pages to show. */
    String heading(int seq, Material m, List<PageItem> pages) {
        if (m.isPaperOnly()) {
            return messages.text("pages.heading.paper", seq, m.title(), m.pages());
        }
        long blank = pages.stream().filter(p -> !p.numbered()).count();
        long notA4 = pages.stream().filter(PageItem::notA4).count();
        StringBuilder heading = new StringBuilder(messages.text("pages.heading", seq, m.title(), pages.size()));
        if (blank > 0) {
            heading.append(messages.text("pages.heading.blank", blank));
        }
        if (notA4 > 0) {
            heading.append(messages.text("pages.heading.notA4", notA4));
        }
        return heading.toString();
    }

    /** The 提示 of a material row; {@code inspected} is null until the scan has been inspected. */
    MaterialNotes notes(Material m, List<ScannedPage> inspected, Map<Integer, PageKind> marks, String failure) {
        List<String> shortText = new ArrayList<>();
        List<String> detail = new ArrayList<>();
        boolean warning = false;
        if (m.isUnverifiedCopy()) {
            shortText.add(messages.text("binding.notes.unverified"));
            detail.add(messages.text("binding.notes.unverified.detail"));
            warning = true;
        }
        if (failure != null) {
            shortText.add(messages.text("binding.notes.unreadable"));
            detail.add(failure);
            warning = true;
        } else if (inspected != null) {
            List<ScannedPage> odd = inspected.stream().filter(s -> !s.a4()).toList();
            if (!odd.isEmpty()) {
                shortText.add(messages.text("binding.notes.notA4", odd.size()));
                odd.forEach(s -> detail.add(messages.text("binding.notes.notA4.detail", s.index(),
                        Math.round(s.widthMm()), Math.round(s.heightMm()), s.advice().label())));
                warning = true;
            }
            List<Integer> blank = inspected.stream().filter(s -> !kind(s, marks).isNumbered())
                    .map(ScannedPage::index).toList();
            if (!blank.isEmpty()) {
                shortText.add(messages.text("binding.notes.blank", blank.size()));
                detail.add(messages.text("binding.notes.blank.detail", join(blank)));
            }
        }
        if (shortText.isEmpty()) {
            return MaterialNotes.NONE;
        }
        return new MaterialNotes(String.join(messages.text("materials.remark.separator"), shortText),
                String.join("\n", detail), warning);
    }

    private String detected(PageItem p) {
        if (p.inspected() == null) {
            return messages.text("pages.detected.pending");
        }
        return messages.text(p.detectedBlank() ? "pages.detected.blank" : "pages.detected.content");
    }

    private String numbering(PageKind kind) {
        return messages.text(kind.isNumbered() ? "pages.numbering.yes" : "pages.numbering.no");
    }

    private static PageKind kind(ScannedPage s, Map<Integer, PageKind> marks) {
        PageKind mark = marks.get(s.index());
        return mark != null ? mark : s.blank() ? PageKind.BLANK : PageKind.CONTENT;
    }

    private static String join(List<Integer> pages) {
        return String.join("、", pages.stream().map(String::valueOf).toList());
    }
}
