package org.anjuan.pdf;

import java.io.IOException;
import java.util.function.Predicate;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Walks the operators of a page's content streams without running them. Scanned pages have a few
 * operators and their images live in XObjects, so this reads bytes, not pixels.
 */
final class ContentOperators {

    private ContentOperators() {
    }

    /**
     * Calls {@code visitor} with each operator name in order until it returns false.
     *
     * @return false when the content could not be read to its end
     */
    static boolean walk(PDPage page, Predicate<String> visitor) {
        if (!page.hasContents()) {
            return true;
        }
        try {
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op && !visitor.test(op.getName())) {
                    return true;
                }
            }
            return true;
        } catch (IOException | RuntimeException damaged) {
            return false; // viewers draw what they can of a damaged stream; so do we
        }
    }
}
