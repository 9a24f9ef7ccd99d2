package org.anjuan.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.anjuan.domain.CoverSheet;
import org.anjuan.pdf.ArchiveFont;
import org.anjuan.pdf.FormPages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The PDFs the printing tests send. Covers are PDFBox drawings today; when they come from the JasperReports
 * forms, only {@link #covers} changes — the printing tests need nothing but A4 PDF bytes with a known page count.
 */
final class PrintSamples {

    private PrintSamples() {
    }

    /** The covers of a case bound in {@code volumes} volumes, one A4 page each, as a clerk prints them together. */
    static byte[] covers(int volumes) throws IOException {
        FormPages forms = new FormPages();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = ArchiveFont.load(doc);
            for (int volume = 1; volume <= volumes; volume++) {
                forms.addCover(doc, font, new CoverSheet("厦门市国防动员办公室", "行政处罚一般程序",
                        "关于厦门某某建设工程有限公司未按规定修建防空地下室的行政处罚案", "2023年3月6日至2023年6月20日", "永久",
                        12, 24, "2023年厦国动罚字第01号", volume, volumes, null));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
