package org.anjuan.casefolder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Finds a case folder's case.yaml (or case.yml / case.json) and loads it; JSON is read as the YAML it is. */
final class ManifestFile {

    static final List<String> NAMES = List.of("case.yaml", "case.yml", "case.json");

    private ManifestFile() {
    }

    static Optional<Map<?, ?>> load(Path folder, Problems problems) {
        if (!Files.exists(folder)) {
            problems.add(null, "casefolder.folder.missing");
        } else if (!Files.isDirectory(folder)) {
            problems.add(null, "casefolder.folder.notDirectory");
        } else if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            problems.add(null, "casefolder.folder.unreadable");
        } else {
            List<Path> found = NAMES.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
            if (found.isEmpty()) {
                problems.add(null, "casefolder.manifest.missing");
            } else if (found.size() > 1) {
                problems.add(null, "casefolder.manifest.several",
                        String.join("、", found.stream().map(p -> p.getFileName().toString()).toList()));
            } else {
                return parse(found.get(0), problems);
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<?, ?>> parse(Path file, Problems problems) {
        String name = file.getFileName().toString();
        Object document;
        try {
            document = new Load(settings(name)).loadFromString(jsonTabsAsSpaces(utf8(file)));
        } catch (CharacterCodingException e) {
            problems.add(name, "casefolder.manifest.encoding");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(name, "casefolder.manifest.unreadable", e.getMessage());
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            problems.add(name, "casefolder.manifest.syntax", line, column, e.getProblem());
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(name, "casefolder.manifest.syntax", 0, 0, e.getMessage());
            return Optional.empty();
        }
        if (document instanceof Map<?, ?> map) {
            return Optional.of(map);
        }
        problems.add(name, document == null ? "casefolder.manifest.empty" : "casefolder.manifest.notMapping");
        return Optional.empty();
    }

    /** Strict UTF-8, so that a file saved as GBK is named as such instead of showing garbled titles. */
    private static String utf8(Path file) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * JSON editors indent with tabs, which the YAML scanner refuses even where YAML 1.2 allows them. Valid
     * JSON has no raw tab inside a string, so in a document that opens with a brace every tab is layout.
     */
    private static String jsonTabsAsSpaces(String text) {
        return text.stripLeading().startsWith("{") ? text.replace('\t', ' ') : text;
    }

    private static LoadSettings settings(String label) {
        return LoadSettings.builder().setLabel(label).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false).build();
    }
}
