package org.anjuan.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;

/**
 * PostgreSQL's own client programs, pg_dump and pg_restore, run as the documented way to back up and restore a
 * database. Found in $ANJUAN_PG_BIN, else on the PATH, else in the usual install folders (Debian's
 * /usr/lib/postgresql/N/bin, Windows' C:\Program Files\PostgreSQL\N\bin, the newest first). The password goes to
 * them in the PGPASSWORD variable of their environment, never on their command line.
 */
final class PgTools {

    private final ServerAddress server;
    private final Path bin;

    PgTools(ServerAddress server) {
        this.server = server;
        this.bin = binFolder(System.getenv());
    }

    /** Runs {@code tool} with {@code args} against {@code database}, its standard input/output wired as given. */
    void run(String tool, List<String> args, String database, InputStream in, OutputStream out,
             ProgressListener progress) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(program(tool));
        command.add("--host=" + host());
        if (port() != null) {
            command.add("--port=" + port());
        }
        command.add("--username=" + server.user());
        command.add("--no-password"); // never ask on a terminal: the password is in the environment or pgpass
        command.add("--dbname=" + database);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        if (server.password() != null) {
            env.put("PGPASSWORD", server.password());
        }
        env.put("PGAPPNAME", Database.APPLICATION_NAME);
        env.put("PGCONNECT_TIMEOUT", "20");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AnjuanException(e, "store.pg.toolMissing", tool, e.getMessage());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Thread stderr = started(() -> copy(p.getErrorStream(), errors));
        Thread stdin = started(() -> {
            try (OutputStream to = p.getOutputStream()) {
                if (in != null) {
                    in.transferTo(to);
                }
            } catch (IOException ignored) {
                // the tool ended early: its exit code and messages say why
            }
        });
        try (InputStream from = p.getInputStream()) {
            byte[] buffer = new byte[1 << 16];
            long done = 0;
            for (int n; (n = from.read(buffer)) >= 0; ) {
                if (out != null) {
                    out.write(buffer, 0, n);
                }
                done += n;
                progress.progress(done, 0, tool);
                if (progress.isCancelled()) {
                    p.destroyForcibly();
                    throw new BackupCancelled();
                }
            }
            int exit = p.waitFor();
            stdin.join();
            stderr.join();
            if (exit != 0) {
                throw new AnjuanException("store.pg.toolFailed", tool, server.display(),
                        errors.toString(StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BackupCancelled();
        }
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work, "pg-tool-io");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private String program(String tool) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        String name = windows ? tool + ".exe" : tool;
        return bin == null ? name : bin.resolve(name).toString();
    }

    private String host() {
        String hp = server.hostAndPort();
        int colon = hp.lastIndexOf(':');
        return colon > 0 && !hp.endsWith("]") ? hp.substring(0, colon) : hp;
    }

    private String port() {
        String hp = server.hostAndPort();
        int colon = hp.lastIndexOf(':');
        return colon > 0 && !hp.endsWith("]") ? hp.substring(colon + 1) : null;
    }

    /** $ANJUAN_PG_BIN; else null when pg_dump is on the PATH; else the newest usual install folder. */
    static Path binFolder(Map<String, String> env) {
        String given = env.get("ANJUAN_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && (Files.isExecutable(Path.of(dir, "pg_dump"))
                    || Files.isExecutable(Path.of(dir, "pg_dump.exe")))) {
                return null;
            }
        }
        for (Path root : List.of(Path.of("/usr/lib/postgresql"), Path.of("C:\\Program Files\\PostgreSQL"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> versions = Files.list(root)) {
                    Path newest = versions.filter(v -> Files.isDirectory(v.resolve("bin")))
                            .max(Comparator.comparingInt(PgTools::major)).orElse(null);
                    if (newest != null) {
                        return newest.resolve("bin");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    private static int major(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString().replaceFirst("\\..*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void copy(InputStream from, OutputStream to) {
        try (from) {
            from.transferTo(to);
        } catch (IOException ignored) {
            // what was read so far is what the tool said
        }
    }
}
