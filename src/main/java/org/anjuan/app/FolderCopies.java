package org.anjuan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Whole-folder copies that are either complete or absent: a folder is built under a temporary name beside
 * its target and renamed into place, so an interrupted build never leaves a half sample behind.
 */
final class FolderCopies {

    private FolderCopies() {
    }

    /** Complete when every source file is there unchanged and the copy passes the given check. */
    static boolean isComplete(Path source, Path copy, Predicate<Path> check) throws IOException {
        if (!Files.isDirectory(copy)) {
            return false;
        }
        for (Path file : files(source)) {
            Path copied = copy.resolve(source.relativize(file).toString());
            if (!Files.isRegularFile(copied) || Files.mismatch(file, copied) != -1) {
                return false;
            }
        }
        return check.test(copy);
    }

    static void copyFiles(Path source, Path target) {
        try {
            for (Path file : files(source)) {
                Path copied = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copied.getParent());
                Files.copy(file, copied, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the folder's new content in a staging folder, then swaps it in. */
    static void replace(Path target, Consumer<Path> build) throws IOException {
        Path staging = target.resolveSibling("." + target.getFileName() + ".partial");
        delete(staging);
        Files.createDirectories(staging);
        try {
            build.accept(staging);
            delete(target);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
        } finally {
            delete(staging);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
