package org.anjuan.ui;

/**
 * One line of the plan table: a material (or the part of it) in a volume with the page numbers it will take.
 *
 * @param pages "1–3", "4" for a single page, "—" when none of its pages is numbered
 */
public record PlanRow(String volume, int seq, String title, String pages, String note) {
}
