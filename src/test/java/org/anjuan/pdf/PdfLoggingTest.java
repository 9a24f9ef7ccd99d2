package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Slf4jLogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** commons-logging.properties: PDFBox's messages go to SLF4J by the factory it names, not by a search. */
class PdfLoggingTest {

    @Test
    void pdfBoxLogsThroughTheNamedFactory() {
        LogFactory factory = LogFactory.getFactory();

        assertThat(factory).isInstanceOf(Slf4jLogFactory.class);
        // set from the properties file only: a factory found by searching carries no such attribute
        assertThat(factory.getAttribute(LogFactory.FACTORY_PROPERTY)).isEqualTo(Slf4jLogFactory.class.getName());
        assertThat(LogFactory.getLog(PDDocument.class).isWarnEnabled()).isTrue();
        assertThat(LogFactory.getLog(PDDocument.class).isInfoEnabled()).isFalse(); // simplelogger.properties: warn
    }
}
