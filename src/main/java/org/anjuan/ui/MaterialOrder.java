package org.anjuan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * New orders of a case's materials, as {@code CaseService.reorder} takes them: the current 0-based positions
 * listed in their new order.
 */
final class MaterialOrder {

    private MaterialOrder() {
    }

    /** The material at {@code from} taken out and put in at {@code to}; the others keep their order. */
    static List<Integer> move(int size, int from, int to) {
        if (from < 0 || from >= size || to < 0 || to >= size) {
            throw new IndexOutOfBoundsException("move " + from + " → " + to + " among " + size);
        }
        List<Integer> order = IntStream.range(0, size).boxed().collect(Collectors.toCollection(ArrayList::new));
        order.add(to, order.remove(from));
        return List.copyOf(order);
    }

    /**
     * The positions in {@code current} of the items of {@code arranged}, matched by equality; equal items keep
     * their relative order.
     *
     * @throws IllegalArgumentException when {@code arranged} is not a rearrangement of {@code current}
     */
    static <T> List<Integer> of(List<T> current, List<T> arranged) {
        if (current.size() != arranged.size()) {
            throw new IllegalArgumentException("not a rearrangement: " + arranged.size() + " of " + current.size());
        }
        boolean[] used = new boolean[current.size()];
        List<Integer> order = new ArrayList<>(arranged.size());
        for (T item : arranged) {
            int at = IntStream.range(0, current.size()).filter(i -> !used[i] && current.get(i).equals(item))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("not in the case: " + item));
            used[at] = true;
            order.add(at);
        }
        return List.copyOf(order);
    }

    static boolean isIdentity(List<Integer> order) {
        return IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
    }

    /** {@code items} rearranged by {@code order}. */
    static <T> List<T> apply(List<T> items, List<Integer> order) {
        return order.stream().map(items::get).toList();
    }
}
