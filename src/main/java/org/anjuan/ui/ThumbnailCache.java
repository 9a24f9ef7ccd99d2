package org.anjuan.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Page pictures already on the FX side, so a cell scrolled back into view or redrawn after a page mark shows
 * its picture at once. Small and least-recently-used; the application layer keeps its own larger cache.
 * FX thread only.
 */
final class ThumbnailCache {

    private static final int KEPT = 240;

    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    };

    Image get(String key) {
        return images.get(key);
    }

    void put(String key, Image image) {
        images.put(key, image);
    }
}
