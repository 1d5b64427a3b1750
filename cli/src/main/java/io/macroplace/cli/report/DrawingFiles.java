package io.macroplace.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a drawing in the format its file name asks for, so a command's --out can be .png or .svg. */
public final class DrawingFiles {
    private DrawingFiles() {
    }

    /** Writes {@code .png} or {@code .svg} (case-insensitive) atomically; any other name is refused. */
    public static void write(Drawing drawing, Path target) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            PngWriter.write(drawing, target);
        } else if (name.endsWith(".svg")) {
            SvgWriter.write(drawing, target);
        } else {
            throw new IllegalArgumentException("picture file must end in .png or .svg: " + target);
        }
    }
}
