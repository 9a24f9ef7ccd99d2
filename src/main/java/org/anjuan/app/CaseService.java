package org.anjuan.app;

import java.nio.file.Path;
import java.util.List;
import org.anjuan.casefolder.CaseFolder;
import org.anjuan.casefolder.CaseFolderReader;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseSummary;
import org.anjuan.domain.Material;
import org.anjuan.domain.OrderTemplate;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.PdfPages;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.TemplateRepository;

/** The case register: importing case folders and reading cases back. */
public final class CaseService {

    private final CaseRepository cases;
    private final TemplateRepository templates;
    private final CaseFolderReader reader;
    private final PdfPages pdfPages = new PdfPages();
    private final String clerk;

    public CaseService(CaseRepository cases, TemplateRepository templates, Messages messages, String clerk) {
        this.reader = new CaseFolderReader(messages);
        this.cases = cases;
        this.templates = templates;
        this.clerk = clerk;
    }

    /**
     * Reads a case folder, counts its scans' pages and stores the case (re-importing a folder updates its
     * case). Everything is checked before anything is written, so bad input leaves the register unchanged.
     */
    public CaseFile importFolder(Path caseDir) {
        CaseFolder folder = reader.read(caseDir, pdfPages::count);
        return cases.save(folder.caseFile(), clerk);
    }

    /** All cases, newest closing date first. */
    public List<CaseSummary> register() {
        return cases.summaries();
    }

    public List<CaseSummary> search(String query) {
        return cases.summaries().stream().filter(s -> s.matches(query)).toList();
    }

    public CaseFile get(long id) {
        return cases.get(id);
    }

    /** The category's standard order, for comparing with the case's own. */
    public OrderTemplate template(CaseFile c) {
        return templates.forCategory(c.category());
    }

    /** The case's materials in the standard order of its category; unknown titles keep their order, last. */
    public List<Material> standardOrder(CaseFile c) {
        return template(c).arrange(c.materials(), Material::title);
    }
}
