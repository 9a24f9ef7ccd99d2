package org.anjuan.pdf;

/** Clerks measure in millimetres, PDF in points (1/72 inch). */
final class Millimetres {

    static final double POINTS_PER_MM = 72 / 25.4;

    private Millimetres() {
    }

    static float toPoints(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }

    static double fromPoints(double points) {
        return points / POINTS_PER_MM;
    }
}
