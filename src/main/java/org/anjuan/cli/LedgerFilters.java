package org.anjuan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerQuery;
import picocli.CommandLine.Option;

/** The ledger's search options, shared by list, export and print. */
final class LedgerFilters {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Option(names = "--overdue", description = "只列逾期未还的")
    boolean overdue;

    @Option(names = "--person", paramLabel = "X", description = "借阅人、查阅人的姓名或单位中含有 X 的")
    String person;

    @Option(names = "--file", paramLabel = "NUMBER", description = "档号（归档号）中含有 NUMBER 的")
    String file;

    @Option(names = "--from", paramLabel = "DATE", description = "登记日期不早于 DATE（2024-03-01 或 2024年3月1日）")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "登记日期不晚于 DATE")
    String to;

    @Option(names = "--kind", paramLabel = "借阅|查阅", description = "只列借阅或只列查阅")
    String kind;

    LedgerQuery query() {
        return new LedgerQuery(kind(), person, file, date(from), date(to), overdue);
    }

    LedgerKind kind() {
        if (kind == null) {
            return null;
        }
        return LedgerKind.fromLabel(kind).orElseThrow(() -> new AnjuanException("ledger.cli.kind.unknown", kind));
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("年") ? LocalDate.parse(t, CHINESE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new AnjuanException("ledger.cli.date.invalid", t);
        }
    }
}
