package org.anjuan.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Backup files spoiled on purpose: a changed manifest, a changed script, a flipped byte, a cut end. */
final class BackupFiles {

    private BackupFiles() {
    }

    /** A copy of {@code backup} with its manifest's properties changed by {@code edit}. */
    static Path withManifest(Path backup, Path copy, Consumer<Properties> edit) throws IOException {
        return rewrite(backup, copy, (name, bytes) -> {
            if (!name.equals(BackupManifest.ENTRY)) {
                return bytes;
            }
            Properties p = new Properties();
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            edit.accept(p);
            StringWriter w = new StringWriter();
            p.store(w, null);
            return w.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** A copy of {@code backup} whose H2 script is changed by {@code edit}, the manifest's checksum made to match. */
    static Path withScript(Path backup, Path copy, UnaryOperator<String> edit) throws IOException {
        String[] sha = new String[2];
        Path temp = rewrite(backup, copy.resolveSibling(copy.getFileName() + ".tmp"), (name, bytes) -> {
            if (!name.equals("h2/script.sql")) {
                return bytes;
            }
            byte[] changed = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            sha[0] = java.util.HexFormat.of().formatHex(BackupWriter.sha256().digest(changed));
            sha[1] = Long.toString(changed.length);
            return changed;
        });
        Path result = withManifest(temp, copy, p -> {
            p.setProperty("entry.h2/script.sql.sha256", sha[0]);
            p.setProperty("entry.h2/script.sql.size", sha[1]);
        });
        Files.delete(temp);
        return result;
    }

    /** A copy with one byte flipped in the middle of the file, where the script's compressed data lies. */
    static Path flipped(Path backup, Path copy) throws IOException {
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 3] ^= (byte) 0x5a;
        return Files.write(copy, bytes);
    }

    /** A copy cut off at half its length, as an interrupted copy to a USB stick leaves it. */
    static Path truncated(Path backup, Path copy) throws IOException {
        byte[] bytes = Files.readAllBytes(backup);
        return Files.write(copy, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A ZIP file that is no backup. */
    static Path foreignZip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("案件清单.txt"));
            zip.write("2023年案件".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    interface EntryEdit {
        byte[] apply(String name, byte[] bytes) throws IOException;
    }

    private static Path rewrite(Path backup, Path copy, EntryEdit edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup));
             OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = readAll(in);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(edit.apply(e.getName(), bytes));
                out.closeEntry();
            }
        }
        return copy;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }
}
