package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** ContentWriter writes what PDPageContentStream writes, and appends it where APPEND mode does. */
class ContentWriterTest {

    private static final float[] NUMBERS = {0f, 1f, -1f, 0.5f, 1e-7f, 2.000004f, 2.000006f, 552.98842f,
            -0.123456f, 123456.789f, 14400f};

    @Test
    void writesTheBytesPdPageContentStreamWrites() throws IOException {
        try (PDDocument document = new PDDocument()) {
            Numerals numerals = NumeralFont.copyInto(document);
            PDType0Font font = new PDType0Font(numerals.font()); // PDFBox reads the embedded digits itself
            Matrix rotated = new Matrix(0, 1, -1, 0, 595.2756f, 0);
            PDPage byPdfBox = page(document);
            try (PDPageContentStream content = new PDPageContentStream(document, byPdfBox,
                    PDPageContentStream.AppendMode.APPEND, false, false)) {
                content.transform(rotated);
                content.setNonStrokingColor(1f);
                content.addRect(NUMBERS[7], NUMBERS[3], NUMBERS[5], NUMBERS[6]);
                content.fill();
                content.beginText();
                content.setNonStrokingColor(0f);
                content.setFont(font, 14);
                content.newLineAtOffset(NUMBERS[8], NUMBERS[9]);
                content.showText("1204");
                content.endText();
                content.moveTo(NUMBERS[4], NUMBERS[10]);
                content.lineTo(NUMBERS[2], NUMBERS[0]);
                content.stroke();
            }
            PDPage byHand = page(document);
            new ContentWriter()
                    .transform(rotated)
                    .operands(1f).operator("g")
                    .operands(NUMBERS[7], NUMBERS[3], NUMBERS[5], NUMBERS[6]).operator("re")
                    .operator("f")
                    .operator("BT")
                    .operands(0f).operator("g")
                    .name(byHand.getResources().add(font)).operands(14).operator("Tf")
                    .operands(NUMBERS[8], NUMBERS[9]).operator("Td")
                    .string(numerals.encode("1204")).operator("Tj")
                    .operator("ET")
                    .operands(NUMBERS[4], NUMBERS[10]).operator("m")
                    .operands(NUMBERS[2], NUMBERS[0]).operator("l")
                    .operator("S")
                    .appendTo(byHand, document);

            assertThat(new String(lastStream(byHand), "ISO-8859-1"))
                    .isEqualTo(new String(lastStream(byPdfBox), "ISO-8859-1"));
            assertThat(contents(byHand).size()).isEqualTo(contents(byPdfBox).size()).isEqualTo(2);
        }
    }

    @Test
    void aPageWithoutContentGetsTheStreamAsItsContent() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            new ContentWriter().operator("BT").operator("ET").appendTo(page, document);

            assertThat(page.getCOSObject().getDictionaryObject(COSName.CONTENTS)).isInstanceOf(COSStream.class);
            try (InputStream in = page.getContents()) {
                assertThat(new String(in.readAllBytes(), "US-ASCII")).isEqualTo("BT\nET\n");
            }
        }
    }

    /** A page whose one content stream the new stream goes after. */
    private static PDPage page(PDDocument document) throws IOException {
        PDPage page = new PDPage();
        page.setResources(new PDResources());
        PDStream own = new PDStream(document);
        try (var out = own.createOutputStream()) {
            out.write("q Q\n".getBytes("US-ASCII"));
        }
        page.setContents(own);
        document.addPage(page);
        return page;
    }

    private static COSArray contents(PDPage page) {
        return (COSArray) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    }

    private static byte[] lastStream(PDPage page) throws IOException {
        COSArray contents = contents(page);
        try (InputStream in = ((COSStream) contents.getObject(contents.size() - 1)).createInputStream()) {
            return in.readAllBytes();
        }
    }
}
