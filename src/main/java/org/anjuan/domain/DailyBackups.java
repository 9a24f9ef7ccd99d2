package org.anjuan.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The automatic daily backups of one register: one file a day named after the register and the day
 * ({@code anjuan-2026-11-20.zip}), the newest {@code keep} kept. Only files named so are ever counted or deleted:
 * a clerk's own backups in the same folder stay.
 */
public final class DailyBackups {

    private final String register;
    private final int keep;
    private final Pattern name;

    public DailyBackups(String register, int keep) {
        if (keep < 1) {
            throw new AnjuanException("backup.settings.keep", String.valueOf(keep));
        }
        this.register = register;
        this.keep = keep;
        this.name = Pattern.compile(Pattern.quote(register) + "-(\\d{4}-\\d{2}-\\d{2})\\.zip");
    }

    public int keep() {
        return keep;
    }

    /** The file name of the day's backup. */
    public String nameFor(LocalDate day) {
        return register + "-" + day + ".zip";
    }

    /** The day of an automatic backup's file name; empty for any other name. */
    public Optional<LocalDate> dayOf(String fileName) {
        Matcher m = name.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // 2026-13-45: looks like one, is not one of ours
        }
    }

    /** Of the files named, the automatic backups beyond the newest {@code keep}, oldest last. */
    public List<String> beyondKeep(Collection<String> fileNames) {
        return fileNames.stream().filter(f -> dayOf(f).isPresent())
                .sorted(Comparator.comparing((String f) -> dayOf(f).orElseThrow()).reversed())
                .skip(keep).toList();
    }
}
