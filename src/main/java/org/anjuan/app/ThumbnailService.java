package org.anjuan.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anjuan.pdf.PageThumbnails;

/**
 * Page thumbnails for the window, kept in a small least-recently-used cache so scrolling back and forth
 * does not render a page twice. Callers run it off the FX thread.
 */
public final class ThumbnailService {

    private static final int CACHED = 300;
    private final PageThumbnails thumbnails = new PageThumbnails();
    private final Map<String, BufferedImage> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
                    return size() > CACHED;
                }
            });

    /** Page {@code index} (0-based) of a scan, about {@code widthPx} wide. */
    public BufferedImage thumbnail(Path pdf, int index, int widthPx) {
        String key = pdf.toAbsolutePath().normalize() + "#" + index + "@" + widthPx;
        BufferedImage cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        BufferedImage image = thumbnails.render(pdf, index, widthPx);
        cache.put(key, image);
        return image;
    }
}
