package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** PDFBox's messages go to SLF4J through jcl-over-slf4j, which searches for nothing. */
class PdfLoggingTest {

    @Test
    void pdfBoxLogsToSlf4jAtTheLevelItsSettingsName() {
        assertThat(LogFactory.getFactory().getClass().getName()).isEqualTo("org.apache.commons.logging.impl.SLF4JLogFactory");
        assertThat(LogFactory.class.getResource("LogFactory.class").toString()).contains("jcl-over-slf4j");
        assertThat(LogFactory.getLog(PDDocument.class).isWarnEnabled()).isTrue();
        assertThat(LogFactory.getLog(PDDocument.class).isInfoEnabled()).isFalse(); // simplelogger.properties: warn
    }
}
