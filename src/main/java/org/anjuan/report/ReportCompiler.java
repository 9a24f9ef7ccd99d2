package org.anjuan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Run by the build (process-classes): compiles every reports/*.jrxml into org/anjuan/report/*.jasper under the
 * classes folder. The program itself only loads the compiled forms, because an installed runtime may have no
 * Java compiler for the templates' expressions.
 *
 * <p>Arguments: the templates folder, the classes folder.
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler <templates folder> <classes folder>");
        }
        Path target = Files.createDirectories(Path.of(args[1]).resolve(Templates.FOLDER));
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            sources = s.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no templates in " + args[0]);
        }
        for (Path source : sources) {
            String name = source.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(source.toString(), target.resolve(name).toString());
        }
    }
}
