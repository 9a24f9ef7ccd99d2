package org.anjuan.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code uses exists in Chinese and English, and both bundles have the same keys. */
class BundleKeysTest {

    /** "some.dotted.key" passed to text(...), an AnjuanException, or %key in FXML. */
    private static final Pattern USED = Pattern.compile(
            "(?:text|AnjuanException|getString|fail)\\((?:[a-zA-Z]+, )?\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\""
                    + "|\"%([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = usedKeys();
        assertThat(used).isNotEmpty();
        assertThat(new TreeSet<>(used)).allSatisfy(k -> assertThat(keys).as("missing key").contains(k));
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        Properties zh = load("messages.properties");
        for (String k : zh.stringPropertyNames()) {
            new MessageFormat(zh.getProperty(k), Locale.SIMPLIFIED_CHINESE);
        }
    }

    @Test
    void eachLanguageFindsItsBundleWhateverTheCountry() {
        for (Locale english : new Locale[] {Locale.ENGLISH, Locale.US, Locale.UK, new Locale("en", "CN")}) {
            assertThat(new Messages(english).text("app.title")).as(english.toString()).contains("Anjuan");
        }
        for (Locale chinese : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.CHINESE,
                Locale.FRENCH, Locale.ROOT}) {
            assertThat(new Messages(chinese).text("app.title")).as(chinese.toString()).contains("案卷");
        }
        assertThat(Messages.readInBackground(Locale.US).text("app.title")).contains("Anjuan");
        assertThat(Messages.readInBackground(Locale.SIMPLIFIED_CHINESE).text("app.title")).contains("案卷");
    }

    @Test
    void theInterfaceIsChineseEvenOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.chinese().text("app.title")).contains("案卷");
            assertThat(new Messages(Locale.ENGLISH).text("app.title")).contains("Anjuan");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml"))
                    .toList()) {
                Matcher m = USED.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return used;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/org/anjuan/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
