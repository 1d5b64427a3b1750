package io.macroplace.netlist.def;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The placement sites of a DEF's rows, for snapping a macro's lower-left corner: x on the site
 * grid (the rows' x origin plus whole site steps), y on a row boundary. A DEF without rows has
 * no grid (every position is on it).
 */
final class SiteGrid {
    private final double xOrigin;
    private final double xStep;
    private final double[] rowY;

    private SiteGrid(double xOrigin, double xStep, double[] rowY) {
        this.xOrigin = xOrigin;
        this.xStep = xStep;
        this.rowY = rowY;
    }

    static SiteGrid of(List<DefRow> rows, double siteWidthDbu) {
        if (rows.isEmpty()) {
            return new SiteGrid(0, 0, new double[0]);
        }
        double x0 = Double.POSITIVE_INFINITY;
        double step = 0;
        TreeSet<Double> ys = new TreeSet<>();
        for (DefRow r : rows) {
            x0 = Math.min(x0, r.x());
            if (step == 0 && r.stepX() > 0 && r.numX() > 1) {
                step = r.stepX();
            }
            for (int j = 0; j < r.numY(); j++) {
                ys.add(r.y() + j * r.stepY());
            }
        }
        if (step == 0) {
            step = siteWidthDbu;
        }
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        return new SiteGrid(x0, step, y);
    }

    boolean hasRows() {
        return rowY.length > 0;
    }

    /** The site x at or left of x (x itself without a site step). */
    double floorX(double x) {
        return xStep > 0 ? xOrigin + Math.floor((x - xOrigin) / xStep) * xStep : Math.floor(x);
    }

    double ceilX(double x) {
        return xStep > 0 ? xOrigin + Math.ceil((x - xOrigin) / xStep) * xStep : Math.ceil(x);
    }

    double nearestX(double x) {
        return xStep > 0 ? xOrigin + Math.rint((x - xOrigin) / xStep) * xStep : Math.rint(x);
    }

    /** The row boundary at or below y; y rounded when it lies outside the rows. */
    double floorY(double y) {
        int i = Arrays.binarySearch(rowY, y);
        if (i >= 0) {
            return rowY[i];
        }
        int below = -i - 2;
        return below >= 0 && below < rowY.length - 1 ? rowY[below] : Math.floor(y);
    }

    double ceilY(double y) {
        int i = Arrays.binarySearch(rowY, y);
        if (i >= 0) {
            return rowY[i];
        }
        int above = -i - 1;
        return above > 0 && above < rowY.length ? rowY[above] : Math.ceil(y);
    }

    double nearestY(double y) {
        double lo = floorY(y);
        double hi = ceilY(y);
        return y - lo <= hi - y ? lo : hi;
    }
}
