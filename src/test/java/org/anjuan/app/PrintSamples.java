package org.anjuan.app;

import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.CoverSheet;
import org.anjuan.pdf.PdfJoin;
import org.anjuan.report.FormReports;

/**
 * The PDFs the printing tests send: the JasperReports covers of a case, as the print centre sends them. The
 * printing tests need nothing but A4 PDF bytes with a known page count.
 */
final class PrintSamples {

    private PrintSamples() {
    }

    /** The covers of a case bound in {@code volumes} volumes, one A4 page each, as a clerk prints them together. */
    static byte[] covers(int volumes) {
        FormReports reports = new FormReports();
        List<byte[]> covers = new ArrayList<>();
        for (int volume = 1; volume <= volumes; volume++) {
            covers.add(reports.cover(new CoverSheet("厦门市国防动员办公室", "行政处罚一般程序",
                    "关于厦门某某建设工程有限公司未按规定修建防空地下室的行政处罚案", "2023年3月6日至2023年6月20日", "永久",
                    12, 24, "2023年厦国动罚字第01号", volume, volumes, null)));
        }
        return PdfJoin.join(covers);
    }
}
