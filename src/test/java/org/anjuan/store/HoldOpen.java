package org.anjuan.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another process with the register open, as a clerk's window has it: open until its standard input ends. */
public final class HoldOpen {

    private HoldOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.openFile(Path.of(args[0]))) {
            db.dsl().fetchCount(org.anjuan.store.jooq.Tables.CASE_FILE);
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }

    /** Starts the process and returns once it has the register open. */
    public static Process start(Path file) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldOpen.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (!"open".equals(line)) {
            p.destroy();
            throw new IOException("the other process did not open " + file + ": " + line);
        }
        return p;
    }
}
