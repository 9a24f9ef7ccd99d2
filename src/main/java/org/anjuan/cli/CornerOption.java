package org.anjuan.cli;

import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.NumberPosition;

/** --corner top-right|bottom-right: the office's page-number position (backs of sheets mirror it). */
final class CornerOption {

    private CornerOption() {
    }

    static NumberPosition parse(String value) {
        return switch (value == null ? "top-right" : value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "top-right", "右上", "右上角" -> NumberPosition.TOP;
            case "bottom-right", "右下", "右下角" -> NumberPosition.BOTTOM;
            default -> throw new AnjuanException("cli.number.stamp.corner", value);
        };
    }
}
