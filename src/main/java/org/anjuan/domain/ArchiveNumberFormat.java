package org.anjuan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats and parses archive numbers from a pattern, so a district office or another agency can use its own
 * style without a code change. Placeholders: {year}, {agency}, {word}, {seq}. The default pattern gives
 * 2023年厦国动罚字第01号; the sequence has at least {@code minDigits} digits (第01号, 第100号).
 */
public final class ArchiveNumberFormat {

    public static final String DEFAULT_PATTERN = "{year}年{agency}{word}字第{seq}号";
    public static final String DEFAULT_AGENCY = "厦国动";
    private static final List<String> PLACEHOLDERS = List.of("{year}", "{agency}", "{word}", "{seq}");

    private final String pattern;
    private final String agency;
    private final int minDigits;
    private final Pattern exact;
    private final Pattern loose;

    public ArchiveNumberFormat(String pattern, String agency, int minDigits) {
        if (pattern == null || !pattern.contains("{year}") || !pattern.contains("{seq}")
                || !pattern.contains("{word}")) {
            throw new AnjuanException("number.pattern.invalid", String.valueOf(pattern));
        }
        if (agency == null || agency.isBlank()) {
            throw new AnjuanException("number.agency.missing");
        }
        if (minDigits < 1 || minDigits > 6) {
            throw new AnjuanException("number.digits.invalid", minDigits);
        }
        this.pattern = pattern;
        this.agency = agency.strip();
        this.minDigits = minDigits;
        this.exact = Pattern.compile(toRegex(pattern, Pattern.quote(this.agency)));
        this.loose = Pattern.compile(toRegex(pattern, "\\p{L}+?"));
    }

    public static ArchiveNumberFormat standard() {
        return new ArchiveNumberFormat(DEFAULT_PATTERN, DEFAULT_AGENCY, 2);
    }

    public String agency() {
        return agency;
    }

    public String pattern() {
        return pattern;
    }

    public ArchiveNumber number(int year, String word, int seq) {
        checkParts(year, word, seq);
        String digits = String.format("%0" + minDigits + "d", seq);
        String text = pattern.replace("{year}", Integer.toString(year)).replace("{agency}", agency)
                .replace("{word}", word).replace("{seq}", digits);
        return new ArchiveNumber(year, agency, word, seq, text);
    }

    /** Reads a number back; a malformed one is refused with a message saying what was expected. */
    public ArchiveNumber parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = exact.matcher(t);
        if (!m.matches()) {
            if (pattern.contains("{agency}") && loose.matcher(t).matches()) {
                throw new AnjuanException("number.parse.agency", t, agency);
            }
            throw new AnjuanException("number.parse.mismatch", t, number(2023, "罚", 1).text());
        }
        String digits = m.group("seq");
        if (digits.length() < minDigits) {
            throw new AnjuanException("number.parse.digits", t, minDigits);
        }
        if (digits.length() > minDigits && digits.startsWith("0")) {
            throw new AnjuanException("number.parse.zeros", t);
        }
        return number(Integer.parseInt(m.group("year")), m.group("word"), Integer.parseInt(digits));
    }

    private void checkParts(int year, String word, int seq) {
        if (year < 1949 || year > 2999) {
            throw new AnjuanException("number.year.invalid", Integer.toString(year));
        }
        if (word == null || word.isBlank() || !word.codePoints().allMatch(Character::isLetter)) {
            throw new AnjuanException("number.word.invalid", String.valueOf(word));
        }
        if (seq < 1) {
            throw new AnjuanException("number.seq.invalid", seq);
        }
    }

    /** Literal text is quoted; each placeholder becomes a named group (a second use must match the same). */
    private static String toRegex(String pattern, String agencyRegex) {
        StringBuilder regex = new StringBuilder();
        List<String> seen = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            String placeholder = placeholderAt(pattern, i);
            if (placeholder == null) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
                i++;
                continue;
            }
            String name = placeholder.substring(1, placeholder.length() - 1);
            if (seen.contains(name)) {
                regex.append("\\k<").append(name).append('>');
            } else {
                seen.add(name);
                String body = name.equals("agency") ? agencyRegex : groupRegex(name);
                regex.append("(?<").append(name).append(">").append(body).append(")");
            }
            i += placeholder.length();
        }
        return regex.toString();
    }

    private static String placeholderAt(String pattern, int i) {
        return PLACEHOLDERS.stream().filter(p -> pattern.startsWith(p, i)).findFirst().orElse(null);
    }

    private static String groupRegex(String name) {
        return switch (name) {
            case "year" -> "\\d{4}";
            case "seq" -> "\\d+";
            default -> "\\p{L}{1,4}?";
        };
    }
}
