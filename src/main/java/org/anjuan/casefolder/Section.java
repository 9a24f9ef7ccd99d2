package org.anjuan.casefolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mapping of case.yaml together with its place in the file (materials[3].copy), so that every problem
 * names the exact field to fix. Reading a value never throws: a wrong value is recorded and null returned.
 */
final class Section {

    private final Map<?, ?> map;
    private final String path;
    private final String context;
    final Problems problems;

    /** @param context what a clerk calls this place (a material's title), shown after the field; may be null */
    Section(Map<?, ?> map, String path, String context, Problems problems, List<String> allowedKeys) {
        this.map = map;
        this.path = path;
        this.context = context;
        this.problems = problems;
        for (Object key : map.keySet()) {
            if (!allowedKeys.contains(String.valueOf(key))) {
                problems.add(where(String.valueOf(key)), "casefolder.field.unknown", String.join("、", allowedKeys));
            }
        }
    }

    /** This mapping itself as a clerk should look for it: materials[3]（询问笔录）. */
    String here() {
        return context == null ? path : problems.text("casefolder.where.in", path, context);
    }

    /** The field as a clerk should look for it: materials[3].date（询问笔录）. */
    String where(String key) {
        String field = path.isEmpty() ? key : path + "." + key;
        return context == null ? field : problems.text("casefolder.where.in", field, context);
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    Object raw(String key) {
        return map.get(key);
    }

    /** Text of a scalar; blank counts as absent. Numbers are accepted as text (docNo: 2023). */
    String text(String key, boolean required) {
        Object value = map.get(key);
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            String text = value.toString().strip();
            if (!text.isEmpty()) {
                return text;
            }
        } else if (value != null) {
            problems.add(where(key), "casefolder.field.notText", Values.show(value));
            return null;
        }
        if (required) {
            problems.add(where(key), "casefolder.field.missing");
        }
        return null;
    }

    /** A list of texts; a single text is taken as a list of one (parties: 厦门某公司). */
    List<String> texts(String key, boolean required) {
        Object value = map.get(key);
        boolean isList = value instanceof List<?>;
        List<?> items = isList ? (List<?>) value : value == null ? List.of() : List.of(value);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String where = isList ? where(key) + "[" + (i + 1) + "]" : where(key);
            if (item instanceof String || item instanceof Number) {
                String text = item.toString().strip();
                if (text.isEmpty()) {
                    problems.add(where, "casefolder.field.missing");
                } else {
                    texts.add(text);
                }
            } else {
                problems.add(where, "casefolder.field.notText", Values.show(item));
            }
        }
        if (required && items.isEmpty()) {
            problems.add(where(key), "casefolder.field.missing");
        }
        return texts;
    }

    /** A nested mapping (secrecy, copy, evidence), checked against its own keys. */
    Optional<Section> section(String key, List<String> allowedKeys) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> nested)) {
            problems.add(where(key), "casefolder.field.notMapping", String.join("、", allowedKeys));
            return Optional.empty();
        }
        String nestedPath = path.isEmpty() ? key : path + "." + key;
        return Optional.of(new Section(nested, nestedPath, context, problems, allowedKeys));
    }

    boolean yes(String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        problems.add(where(key), "casefolder.field.notBoolean", Values.show(value));
        return false;
    }
}
