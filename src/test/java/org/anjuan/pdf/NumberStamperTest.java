package org.anjuan.pdf;

import static org.anjuan.pdf.TestScans.MM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.PageNumbering;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.StampedText.Glyph;
import org.anjuan.pdf.TestScans.Spec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberStamperTest {

    @TempDir
    Path dir;

    private final NumberStamper stamper = new NumberStamper();

    @Test
    void numbersEachPageAndLeavesUnnumberedPagesAlone() throws IOException {
        Path in = TestScans.write(dir.resolve("in.pdf"), Spec.a4(), Spec.a4(), Spec.a4(), Spec.a4());
        Path out = dir.resolve("out.pdf");
        stamp(in, out, List.of(PageKind.CONTENT, PageKind.BLANK, PageKind.CONTENT, PageKind.VERSO), 1);

        assertThat(text(out, 0)).isEqualTo("1");
        assertThat(text(out, 1)).isEmpty();
        assertThat(text(out, 2)).isEqualTo("2");
        assertThat(text(out, 3)).isEqualTo("3");
    }

    @Test
    void embedsASubsetOfTheArchiveFontWithTheDigits() throws IOException {
        Path in = TestScans.write(dir.resolve("in.pdf"), Spec.a4(), Spec.rotated(90));
        Path out = dir.resolve("out.pdf");
        stamp(in, out, List.of(PageKind.CONTENT, PageKind.CONTENT), 1089);

        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).hasSize(1);
            PDType0Font font = (PDType0Font) resources.getFont(resources.getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            COSStream file = (COSStream) font.getDescendantFont().getFontDescriptor().getFontFile2()
                    .getCOSObject();
            assertThat(file.getLength()).as("a subset, not the whole font").isLessThan(20_000);
        }
        assertThat(StampedText.of(out, 0)).extracting(Glyph::text).containsExactly("1", "0", "8", "9");
        assertThat(StampedText.of(out, 1)).extracting(Glyph::text).containsExactly("1", "0", "9", "0");
        assertGlyphsEmbedded(out, 0);
        assertGlyphsEmbedded(out, 1);
    }

    @Test
    void keepsTheInputBytesAndItsImagesAndAddsOnlyAFewKilobytes() throws IOException {
        Path in = imageScan(dir.resolve("scan.pdf"));
        Path out = dir.resolve("out.pdf");
        stamp(in, out, List.of(PageKind.CONTENT), 1);

        byte[] before = Files.readAllBytes(in);
        byte[] after = Files.readAllBytes(out);
        assertThat(before.length).isGreaterThan(500_000);
        assertThat(after.length).isBetween(before.length + 1, before.length + 20_000);
        assertThat(Arrays.copyOf(after, before.length)).as("an incremental update").isEqualTo(before);
        assertThat(imageBytes(out)).isEqualTo(imageBytes(in));
        assertThat(text(out, 0)).isEqualTo("1");
    }

    @Test
    void appendsToAClassicCrossReferenceTableAndToAFileWithoutAFinalLineBreak() throws IOException {
        Path classic = dir.resolve("classic.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            page.setContents(TestScans.darkPaper(document, PDRectangle.A4, ""));
            document.save(classic.toFile(), CompressParameters.NO_COMPRESSION);
        }
        byte[] bytes = Files.readAllBytes(classic);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("xref\n").endsWith("%%EOF\n");
        Path bare = Files.write(dir.resolve("bare.pdf"), Arrays.copyOf(bytes, bytes.length - 1));

        for (Path in : List.of(classic, bare)) {
            Path out = dir.resolve("out-" + in.getFileName());
            stamp(in, out, List.of(PageKind.CONTENT), 12);
            byte[] before = Files.readAllBytes(in);
            assertThat(Arrays.copyOf(Files.readAllBytes(out), before.length)).isEqualTo(before);
            assertThat(text(out, 0)).as(in.getFileName().toString()).isEqualTo("12");
            assertThat(StampedText.of(out, 0)).hasSize(2);
        }
    }

    @Test
    void aPageThatLeavesItsGraphicsStateChangedCannotMoveTheNumber() throws IOException {
        List<String> trailers = List.of("q 0.3 0 0 0.3 0 0 cm q 2 0 0 2 50 50 cm", "Q Q 0.3 0 0 0.3 100 0 cm",
                "Q q 0.3 0 0 0.3 100 0 cm q");
        for (int i = 0; i < trailers.size(); i++) {
            String trailer = trailers.get(i);
            Path in = TestScans.write(dir.resolve("in" + i + ".pdf"), trailer, Spec.a4());
            Path out = dir.resolve("out" + i + ".pdf");
            stamp(in, out, List.of(PageKind.CONTENT), 56);

            List<Glyph> glyphs = StampedText.of(out, 0);
            assertThat(glyphs).extracting(Glyph::text).as(trailer).containsExactly("5", "6");
            Glyph last = glyphs.get(1);
            assertThat(last.x() + last.width()).as(trailer).isCloseTo(TestScans.A4.getWidth() - 12 * MM,
                    within(1 * MM));
            assertThat(last.height()).as(trailer).isCloseTo(glyphs.get(0).height(), within(0.01f));
        }
    }

    @Test
    void inheritedResourcesAndRotationStayAsTheyWereForOtherPages() throws IOException {
        Path in = dir.resolve("inherited.pdf");
        try (PDDocument document = new PDDocument()) {
            PDResources shared = new PDResources();
            COSName helvetica = shared.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            document.getPages().getCOSObject().setItem(COSName.RESOURCES, shared);
            document.getPages().getCOSObject().setItem(COSName.ROTATE, COSInteger.get(90));
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.getCOSObject().removeItem(COSName.RESOURCES);
                document.addPage(page);
                page.setContents(TestScans.darkPaper(document, PDRectangle.A4,
                        "BT /" + helvetica.getName() + " 12 Tf 100 700 Td (Hello) Tj ET"));
            }
            document.save(in.toFile());
        }
        Path out = dir.resolve("out.pdf");
        stamp(in, out, List.of(PageKind.CONTENT, PageKind.BLANK), 3);

        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            COSDictionary tree = document.getPages().getCOSObject();
            COSDictionary treeFonts = tree.getCOSDictionary(COSName.RESOURCES).getCOSDictionary(COSName.FONT);
            assertThat(treeFonts.keySet()).as("the shared resources are untouched").hasSize(1);
            assertThat(document.getPage(1).getCOSObject().containsKey(COSName.RESOURCES)).isFalse();
            assertThat(document.getPage(0).getResources().getFontNames()).hasSize(2);
            assertThat(document.getPage(0).getRotation()).isEqualTo(90);
        }
        // Helvetica's "Hello" runs sideways on this page, so the extractor may break it up
        assertThat(text(out, 0).replaceAll("\\s", "")).contains("Hello").contains("3");
        assertThat(text(out, 1).replaceAll("\\s", "")).isEqualTo("Hello");
        List<Glyph> number = StampedText.of(out, 0).stream().filter(g -> g.text().equals("3")).toList();
        assertThat(number).singleElement().satisfies(g -> {
            assertThat(g.dir()).isEqualTo(90);
            assertThat(g.x() + g.width()).isCloseTo(TestScans.A4.getHeight() - 12 * MM, within(1 * MM));
        });
    }

    @Test
    void stampsAnOpenDocumentForTheBinderWithoutSavingIt() throws IOException {
        Path out = dir.resolve("bound.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            List<PageNumber> numbers = new PageNumbering(NumberPosition.TOP)
                    .number(List.of(PageKind.COVER, PageKind.CONTENT, PageKind.VERSO));
            stamper.stamp(document, numbers, NumberStamp.DEFAULT);
            assertThat(Files.exists(out)).isFalse();
            document.save(out.toFile());
        }
        assertThat(text(out, 0)).isEmpty();
        assertThat(text(out, 1)).isEqualTo("1");
        assertThat(StampedText.of(out, 2)).singleElement()
                .satisfies(g -> assertThat(g.x()).isCloseTo(12 * MM, within(1 * MM)));
        assertGlyphsEmbedded(out, 1);
    }

    /** The font on the page is an embedded subset that really holds the outlines of the digits shown. */
    private static void assertGlyphsEmbedded(Path pdf, int pageIndex) throws IOException {
        List<Glyph> glyphs = StampedText.of(pdf, pageIndex);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(pageIndex).getResources();
            PDType0Font font = (PDType0Font) resources.getFont(resources.getFontNames().iterator().next());
            assertThat(font.getName()).matches("[A-Z]{6}\\+UMingCN");
            assertThat(font.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            for (Glyph g : glyphs) {
                assertThat(font.getNormalizedPath(g.code()).getBounds2D().isEmpty()).as("glyph " + g.text())
                        .isFalse();
            }
        }
    }

    @Test
    void anEncryptedScanIsRefusedAndNothingIsWritten() throws IOException {
        Path in = dir.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(in.toFile());
        }
        assertRefused(in, dir.resolve("out.pdf"), "pdf.encrypted", "设有密码");
    }

    @Test
    void aPageTooSmallForItsNumberIsRefusedAndNothingIsWritten() throws IOException {
        Path in = TestScans.write(dir.resolve("in.pdf"), Spec.a4(),
                new Spec(new PDRectangle(28 * MM, 60 * MM), null, 0));
        AnjuanException e = assertRefused(in, dir.resolve("out.pdf"), "stamp.noRoom", "第 2 页太小");
        assertThat(Messages.chinese().text(e)).contains("15 毫米装订边");
    }

    @Test
    void theScanItselfIsNeverOverwritten() throws IOException {
        Path in = TestScans.write(dir.resolve("in.pdf"), Spec.a4());
        byte[] before = Files.readAllBytes(in);
        assertRefused(in, dir.resolve(".").resolve("in.pdf"), "stamp.sameFile", "不能是扫描件");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }

    @Test
    void cancellingLeavesNothingBehind() throws IOException {
        Path in = TestScans.write(dir.resolve("in.pdf"), Spec.a4(), Spec.a4());
        Path out = dir.resolve("out.pdf");
        ProgressListener cancelAfterOne = new ProgressListener() {
            private long done;

            @Override
            public void progress(long done, long total, String what) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 1;
            }
        };
        List<PageNumber> numbers = new PageNumbering(NumberPosition.TOP)
                .number(List.of(PageKind.CONTENT, PageKind.CONTENT));
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> stamper.stamp(in, out, numbers, NumberStamp.DEFAULT, cancelAfterOne));
        assertThat(e.key()).isEqualTo("stamp.cancelled");
        assertThat(files()).containsExactly("in.pdf");
    }

    private AnjuanException assertRefused(Path in, Path out, String key, String chinese) throws IOException {
        List<String> before = files();
        List<PageNumber> numbers = new PageNumbering(NumberPosition.TOP)
                .number(List.of(PageKind.CONTENT, PageKind.CONTENT).subList(0, pages(in)));
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> stamper.stamp(in, out, numbers, NumberStamp.DEFAULT, ProgressListener.NONE));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(Messages.chinese().text(e)).contains(chinese);
        assertThat(files()).as("nothing written, no temporary file left").isEqualTo(before);
        return e;
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "")) {
            return document.getNumberOfPages();
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private void stamp(Path in, Path out, List<PageKind> kinds, int start) {
        stamper.stamp(in, out, new PageNumbering(NumberPosition.TOP).number(kinds, start), NumberStamp.DEFAULT,
                ProgressListener.NONE);
    }

    private static String text(Path pdf, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            return stripper.getText(document).strip();
        }
    }

    /** A page like a 200 dpi colour scan: one JPEG of noise, so it cannot compress away. */
    private static Path imageScan(Path file) throws IOException {
        BufferedImage noise = new BufferedImage(1200, 1700, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(document, noise, 0.5f);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The raw (still encoded) bytes of the page's image stream. */
    private static byte[] imageBytes(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            COSName name = resources.getXObjectNames().iterator().next();
            COSStream stream = resources.getXObject(name).getCOSObject();
            try (InputStream raw = stream.createRawInputStream()) {
                return raw.readAllBytes();
            }
        }
    }
}
