package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Every key the window uses exists in Chinese and English, and the window's keys are all used. */
class UiMessagesTest {

    private static final Pattern UI_KEY = Pattern.compile("\"((?:main|register|details|materials|dialog|binding|pages|plan)\\.[\\w.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    private static final Pattern OUR_PREFIX = Pattern.compile("(main|register|details|materials|dialog|binding|pages|plan)\\..*");

    private final Properties chinese = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void usedKeysExistInBothLanguages() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used).allSatisfy(key -> {
            assertThat(chinese).as("中文 " + key).containsKey(key);
            assertThat(english).as("English " + key).containsKey(key);
        });
    }

    @Test
    void everyWindowKeyIsUsedAndIsAValidPattern() throws IOException {
        Set<String> used = usedKeys();
        for (Properties bundle : List.of(chinese, english)) {
            for (String key : bundle.stringPropertyNames()) {
                if (OUR_PREFIX.matcher(key).matches()) {
                    assertThat(used).as("unused key " + key).contains(key);
                    new MessageFormat(bundle.getProperty(key)); // throws on a stray brace
                }
            }
        }
    }

    /** The file itself: a ResourceBundle would fall back from English to the Chinese base. */
    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/org/anjuan/ui"), ".java", UI_KEY, keys);
        collect(Path.of("src/main/resources/org/anjuan/ui"), ".fxml", FXML_KEY, keys);
        return keys;
    }

    private static void collect(Path dir, String suffix, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }
}
