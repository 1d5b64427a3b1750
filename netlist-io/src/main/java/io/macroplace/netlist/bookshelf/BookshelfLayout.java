package io.macroplace.netlist.bookshelf;

/**
 * Where a design's canvas lies in Bookshelf file coordinates, and its rows. The model works in
 * canvas coordinates, [0, width] x [0, height]; files carry file coordinates = canvas + origin.
 *
 * @param originX   file x of the canvas's lower-left corner
 * @param originY   file y of the canvas's lower-left corner
 * @param width     canvas width
 * @param height    canvas height
 * @param rowHeight standard-cell row height; movable nodes taller than this are macros
 * @param siteWidth placement site width
 */
public record BookshelfLayout(double originX, double originY, double width, double height, double rowHeight,
                              double siteWidth) {
    public BookshelfLayout {
        for (double v : new double[] {originX, originY, width, height, rowHeight, siteWidth}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("layout values must be finite");
            }
        }
        if (!(width > 0 && height > 0 && rowHeight > 0 && siteWidth > 0)) {
            throw new IllegalArgumentException("canvas, row height and site width must be positive: " + width + " x "
                    + height + ", row " + rowHeight + ", site " + siteWidth);
        }
    }

    /** A canvas at the file origin. */
    public static BookshelfLayout of(double width, double height, double rowHeight, double siteWidth) {
        return new BookshelfLayout(0, 0, width, height, rowHeight, siteWidth);
    }
}
