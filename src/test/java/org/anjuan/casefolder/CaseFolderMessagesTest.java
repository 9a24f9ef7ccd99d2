package org.anjuan.casefolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The casefolder. and pdf. messages exist in Chinese and English alike (read as files: bundles inherit). */
class CaseFolderMessagesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> chinese = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");

        assertThat(chinese).contains("casefolder.invalid").isEqualTo(english);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                CaseFolderMessagesTest.class.getResourceAsStream("/org/anjuan/i18n/" + file)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("casefolder.") || key.startsWith("pdf.")) {
                keys.add(key);
            }
        }
        return keys;
    }
}
