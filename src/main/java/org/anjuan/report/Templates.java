package org.anjuan.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled templates on the class path (org/anjuan/report/NAME.jasper, made by {@link ReportCompiler}), each
 * read once per process. A compiled report holds no fill state, so one copy serves every thread.
 */
final class Templates {

    static final String FOLDER = "org/anjuan/report";

    private static final Map<String, JasperReport> LOADED = new ConcurrentHashMap<>();

    private Templates() {
    }

    static JasperReport get(String name) {
        return LOADED.computeIfAbsent(name, Templates::load);
    }

    private static JasperReport load(String name) {
        String resource = "/" + FOLDER + "/" + name + ".jasper";
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                // the build compiles reports/*.jrxml (pom.xml, execution "report-templates"); nothing to do at run time
                throw new IllegalStateException("compiled template missing from the class path: " + resource);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("cannot read the compiled template " + resource, e);
        }
    }
}
