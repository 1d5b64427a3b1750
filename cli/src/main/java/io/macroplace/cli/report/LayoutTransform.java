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
     * above and below) fits in longSide pixels on the image's longer side.
     */
    static LayoutTransform fit(double canvasWidth, double canvasHeight, int longSide, double left, double top,
                               double extraX, double extraY) {
        double scale = Math.min((longSide - extraX) / canvasWidth, (longSide - extraY) / canvasHeight);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("image of " + longSide + " px is too small for its decorations");
        }
        int w = (int) Math.ceil(canvasWidth * scale + extraX);
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
