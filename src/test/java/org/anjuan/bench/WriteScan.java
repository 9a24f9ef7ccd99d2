package org.anjuan.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the benchmark's 400-page scanned PDF to the given path (once; an existing file is kept). */
public final class WriteScan {

    private WriteScan() {
    }

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args[0]);
        if (!Files.exists(pdf)) {
            Files.createDirectories(pdf.toAbsolutePath().getParent());
            BlankDetectionCheck.write(pdf);
        }
        System.out.printf("%s: %.1f MB%n", pdf, Files.size(pdf) / 1e6);
    }
}
