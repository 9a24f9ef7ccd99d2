package org.anjuan.domain;

/**
 * Where a box stands: the store room (库房), the cabinet or rack (柜/架) and the shelf or compartment (层/格).
 * A room is always named; cabinet and shelf may be blank where the room has open shelving.
 */
public record BoxLocation(String room, String cabinet, String shelf) {

    /** Longest part the register keeps. */
    public static final int MAX = 50;

    public BoxLocation {
        room = clean(room);
        cabinet = clean(cabinet);
        shelf = clean(shelf);
        if (room.isEmpty()) {
            throw new AnjuanException("box.location.room");
        }
        for (String part : new String[] {room, cabinet, shelf}) {
            if (part.length() > MAX) {
                throw new AnjuanException("box.location.long", part, MAX);
            }
        }
    }

    private static String clean(String part) {
        return part == null ? "" : part.strip();
    }

    /** The parts the clerk gave, e.g. 一号库房 / 3柜 / 2层. */
    public String text() {
        return java.util.stream.Stream.of(room, cabinet, shelf).filter(p -> !p.isEmpty())
                .collect(java.util.stream.Collectors.joining(" / "));
    }
}
