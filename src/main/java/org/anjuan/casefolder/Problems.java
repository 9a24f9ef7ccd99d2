package org.anjuan.casefolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;

/**
 * Everything wrong with one case folder. The reader keeps going after a problem, so the clerk gets the
 * whole list at once instead of fixing one line per attempt.
 */
final class Problems {

    private final Messages messages;
    private final List<String> lines = new ArrayList<>();

    Problems(Messages messages) {
        this.messages = messages;
    }

    /** @param where the field (materials[3].date) or file the problem is about; null for the folder itself */
    void add(String where, String key, Object... args) {
        addText(where, messages.text(key, args));
    }

    /** A refusal from elsewhere (a PDF that cannot be read), filed under the field that named the file. */
    void add(String where, AnjuanException refusal) {
        addText(where, messages.text(refusal));
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    AnjuanException refusal(Path folder) {
        return new AnjuanException("casefolder.invalid", folder.toString(), String.join("\n", lines));
    }

    private void addText(String where, String text) {
        String line = where == null ? text : messages.text("casefolder.problem", where, text);
        lines.add("- " + line);
    }
}
