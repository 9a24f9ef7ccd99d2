package org.anjuan.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum a clerk knows by its Chinese label (the word used in case.yaml and on printed forms). */
interface Labelled {

    String label();

    /** Finds the constant by its label or its enum name; surrounding blanks are ignored. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.label().equals(t) || e.name().equalsIgnoreCase(t))
                .findFirst();
    }

    static <E extends Enum<E> & Labelled> String all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining("、"));
    }
}
