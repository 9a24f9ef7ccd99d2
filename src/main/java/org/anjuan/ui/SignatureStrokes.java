package org.anjuan.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The strokes of a handwritten signature, in the pad's own units (logical pixels), and how to draw them smoothly:
 * each stroke becomes quadratic curves through the midpoints of its samples, thinner where the hand moved fast,
 * as ink from a pen would be. Plain Java, so the pad on screen and the stored picture draw the same curves.
 */
public final class SignatureStrokes {

    /** One piece of a stroke: a quadratic curve from (x0,y0) over (cx,cy) to (x1,y1), drawn {@code width} wide. */
    public record Segment(double x0, double y0, double cx, double cy, double x1, double y1, double width) {
    }

    /** The box around all the ink, widths included. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {
        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }
    }

    private record Point(double x, double y, long millis) {
    }

    /** Less ink than this (in pad units) is a stray tap, not a signature. */
    static final double LEAST_INK = 30;
    static final double MIN_WIDTH = 1.6;
    static final double MAX_WIDTH = 4.2;
    /** Speed (pad units per millisecond) at which a line is drawn at its thinnest. */
    private static final double FAST = 2.5;

    private final List<List<Point>> strokes = new ArrayList<>();
    private List<Point> current;

    /** Pen, finger or mouse goes down. */
    public void begin(double x, double y, long millis) {
        current = new ArrayList<>();
        current.add(new Point(x, y, millis));
        strokes.add(current);
    }

    /** It moves while down; samples closer than half a unit to the last one add nothing. */
    public void extend(double x, double y, long millis) {
        if (current == null) {
            begin(x, y, millis);
            return;
        }
        Point last = current.get(current.size() - 1);
        if (Math.hypot(x - last.x(), y - last.y()) >= 0.5) {
            current.add(new Point(x, y, millis));
        }
    }

    /** It lifts. */
    public void end() {
        current = null;
    }

    public void clear() {
        strokes.clear();
        current = null;
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    /** True once there is enough ink to count as a signature rather than a stray tap. */
    public boolean isSigned() {
        return inkLength() >= LEAST_INK;
    }

    /** How far the pen travelled on the pad, over all strokes. */
    public double inkLength() {
        double length = 0;
        for (List<Point> s : strokes) {
            for (int i = 1; i < s.size(); i++) {
                length += Math.hypot(s.get(i).x() - s.get(i - 1).x(), s.get(i).y() - s.get(i - 1).y());
            }
        }
        return length;
    }

    public int strokeCount() {
        return strokes.size();
    }

    /** The curves to draw, stroke by stroke; a single tap is a dot (a segment of length zero). */
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        for (List<Point> s : strokes) {
            addStroke(s, out);
        }
        return out;
    }

    private static void addStroke(List<Point> s, List<Segment> out) {
        Point first = s.get(0);
        if (s.size() == 1) {
            out.add(new Segment(first.x(), first.y(), first.x(), first.y(), first.x(), first.y(), MAX_WIDTH));
            return;
        }
        if (s.size() == 2) {
            Point b = s.get(1);
            out.add(new Segment(first.x(), first.y(), first.x(), first.y(), b.x(), b.y(), width(first, b, MAX_WIDTH)));
            return;
        }
        // from the first sample to the midpoint of the first two, then midpoint to midpoint around each sample
        double startX = first.x();
        double startY = first.y();
        double width = MAX_WIDTH * 0.8;
        for (int i = 1; i < s.size() - 1; i++) {
            Point p = s.get(i);
            Point next = s.get(i + 1);
            double midX = (p.x() + next.x()) / 2;
            double midY = (p.y() + next.y()) / 2;
            width = width(p, next, width);
            out.add(new Segment(startX, startY, p.x(), p.y(), midX, midY, width));
            startX = midX;
            startY = midY;
        }
        Point last = s.get(s.size() - 1);
        out.add(new Segment(startX, startY, startX, startY, last.x(), last.y(), width));
    }

    /** Thinner when fast, eased towards the previous width so the line does not jump. */
    private static double width(Point a, Point b, double previous) {
        long dt = Math.max(1, b.millis() - a.millis());
        double speed = Math.hypot(b.x() - a.x(), b.y() - a.y()) / dt;
        double target = MAX_WIDTH - (MAX_WIDTH - MIN_WIDTH) * Math.min(1, speed / FAST);
        return previous * 0.6 + target * 0.4;
    }

    /** The box around the ink, or null when there is none. */
    public Bounds bounds() {
        if (strokes.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (List<Point> s : strokes) {
            for (Point p : s) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        double pad = MAX_WIDTH / 2;
        return new Bounds(minX - pad, minY - pad, maxX + pad, maxY + pad);
    }
}
