package org.anjuan.casefolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Resolves a material's `file` inside its case folder. A scan must live in the folder, so that the folder
 * can be moved or handed over as one piece: ../ and absolute paths are refused, symbolic links too when
 * they lead outside.
 */
final class ScanFiles {

    private ScanFiles() {
    }

    /** @return the absolute PDF path, or null when the file is not acceptable (the problem is recorded) */
    static Path resolve(Section section, String key, String file, Path folder, boolean mustExist) {
        String where = section.where(key);
        Path resolved;
        try {
            Path relative = Path.of(file.replace('\\', '/'));
            resolved = folder.resolve(relative).normalize();
            if (relative.isAbsolute() || !resolved.startsWith(folder) || resolved.equals(folder)) {
                section.problems.add(where, "casefolder.file.outside", file);
                return null;
            }
        } catch (InvalidPathException e) {
            section.problems.add(where, "casefolder.file.badName", file);
            return null;
        }
        if (!resolved.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            section.problems.add(where, "casefolder.file.notPdf", file);
            return null;
        }
        if (!mustExist) {
            return resolved;
        }
        if (!Files.exists(resolved)) {
            section.problems.add(where, "casefolder.file.missing", file);
            return null;
        }
        if (!Files.isRegularFile(resolved)) {
            section.problems.add(where, "casefolder.file.notFile", file);
            return null;
        }
        if (!insideFolder(resolved, folder)) {
            section.problems.add(where, "casefolder.file.outside", file);
            return null;
        }
        return resolved;
    }

    private static boolean insideFolder(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
