package org.anjuan.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The seal of an audit line: SHA-256 over its canonical text, which includes the previous line's seal, so
 * changing, removing or slipping in a line breaks every seal after it.
 *
 * <p>The canonical text is UTF-8, one {@code name:value} per line ending in LF, in this order:
 * {@code anjuan-audit-1}, id, at, actor, action, entity, entity_id, detail, previous. {@code at} is written to
 * the millisecond ({@code 2026-11-23 12:20:01.123}); new lines are stored truncated to the millisecond, so the
 * stored TIMESTAMP (H2 and PostgreSQL keep microseconds) holds exactly what was sealed. In a value a backslash is
 * written {@code \\}, LF {@code \n}, CR {@code \r}; a missing value (SQL NULL) is {@code \0}, unlike an empty one.
 */
public final class AuditSeal {

    /** What the first line of the chain names as the line before it. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    private AuditSeal() {
    }

    /** A time as it is stored and sealed: to the millisecond. */
    public static LocalDateTime stamp(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    public static String canonicalText(AuditEntry e, String previousHash) {
        return "anjuan-audit-1\n"
                + "id:" + e.id() + "\n"
                + "at:" + value(e.at() == null ? null : TIME.format(stamp(e.at()))) + "\n"
                + "actor:" + value(e.actor()) + "\n"
                + "action:" + value(e.action()) + "\n"
                + "entity:" + value(e.entity()) + "\n"
                + "entity_id:" + value(e.entityId()) + "\n"
                + "detail:" + value(e.detail()) + "\n"
                + "previous:" + value(previousHash) + "\n";
    }

    /** Hex SHA-256 of the line's canonical text. */
    public static String hash(AuditEntry e, String previousHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText(e, previousHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every Java has SHA-256", e1);
        }
    }

    /** Whether the line's content still gives the seal it was written with. */
    public static boolean holds(AuditEntry e) {
        return e.sealed() && hash(e, e.previousHash()).equals(e.hash());
    }

    private static String value(String v) {
        if (v == null) {
            return "\\0";
        }
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
