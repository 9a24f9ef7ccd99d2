package org.anjuan.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Puts a page's content between q … Q (as many as it needs, see {@link GraphicsDepth}), so whatever is
 * appended afterwards starts from the page's initial graphics state. The page's own streams are referenced,
 * not copied or changed.
 */
final class ContentFence {

    private final PDDocument document;
    /** The q … and … Q streams by text: pages of the same depth share them (nearly always one q, one Q). */
    private final Map<String, COSStream> streams = new HashMap<>();

    ContentFence(PDDocument document) {
        this.document = document;
    }

    void fence(PDPage page) throws IOException {
        if (!page.hasContents()) {
            return;
        }
        GraphicsDepth depth = GraphicsDepth.of(page);
        COSArray contents = new COSArray();
        contents.add(operators("q\n".repeat(depth.saves())));
        COSBase old = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (old instanceof COSArray array) {
            // the array may be shared with other pages or be an indirect object: copy its references
            for (int i = 0; i < array.size(); i++) {
                contents.add(array.get(i));
            }
        } else {
            contents.add(page.getCOSObject().getItem(COSName.CONTENTS));
        }
        contents.add(operators("Q\n".repeat(depth.restores())));
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
    }

    private COSBase operators(String text) throws IOException {
        COSStream shared = streams.get(text);
        if (shared == null) {
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(text.getBytes(StandardCharsets.US_ASCII));
            }
            shared = stream.getCOSObject();
            streams.put(text, shared);
        }
        return shared;
    }
}
