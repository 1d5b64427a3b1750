package io.macroplace.cli.report;

/**
 * Maps chip coordinates (microns, y up, origin bottom-left of the canvas) to image pixels (y
 * down). The canvas occupies [left, left + width*scale] x [top, top + height*scale] of an image
 * of imageWidth x imageHeight pixels.
 */
public record LayoutTransform(double scale, double left, double top, double canvasWidth, double canvasHeight,
                              int imageWidth, int imageHeight) {

    /**
     * The largest scale at which the canvas plus fixed decorations (extraX to its sides, extraY
     * above and below) fits in longSide pixels on the image's longer side. The image is at least
     * minWidth wide (capped at longSide), the canvas staying at the left.
     */
    static LayoutTransform fit(double canvasWidth, double canvasHeight, int longSide, double left, double top,
                               double extraX, double extraY, double minWidth) {
        double scale = Math.min((longSide - extraX) / canvasWidth, (longSide - extraY) / canvasHeight);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("image of " + longSide + " px is too small for its decorations");
        }
        // A tall, narrow canvas still gets a picture wide enough for its title and legend.
        int w = (int) Math.ceil(Math.max(canvasWidth * scale + extraX, Math.min(minWidth, longSide)));
        int h = (int) Math.ceil(canvasHeight * scale + extraY);
        return new LayoutTransform(scale, left, top, canvasWidth, canvasHeight, w, h);
    }

    public double x(double chipX) {
        return left + chipX * scale;
    }

    public double y(double chipY) {
        return top + (canvasHeight - chipY) * scale;
    }

    /** Pixel width of the canvas. */
    public double canvasPixelWidth() {
        return canvasWidth * scale;
    }

    public double canvasPixelHeight() {
        return canvasHeight * scale;
    }
}
