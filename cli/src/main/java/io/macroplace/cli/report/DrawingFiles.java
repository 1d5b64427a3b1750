package io.macroplace.cli.report;

import io.macroplace.netlist.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a drawing in the format its file name asks for, so a command's --out can be .png or .svg. */
public final class DrawingFiles {
    private DrawingFiles() {
    }

    /** Writes {@code .png} or {@code .svg} (case-insensitive) atomically; any other name is refused. */
    public static void write(Drawing drawing, Path target) throws IOException {
        addTo(AtomicFiles.batch(), drawing, target).write();
    }

    /** Adds the picture to a batch of files written together. */
    public static AtomicFiles.Batch addTo(AtomicFiles.Batch batch, Drawing drawing, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return batch.add(target, PngWriter.body(drawing));
        } else if (name.endsWith(".svg")) {
            return batch.addString(target, SvgWriter.toSvg(drawing, "", true));
        }
        throw new IllegalArgumentException("picture file must end in .png or .svg: " + target);
    }
}
