package io.macroplace.netlist.lef;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.InputFiles;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens LEF and DEF files as byte streams, gunzipping those that start with the gzip magic
 * bytes (whatever their name). Text is read as ISO-8859-1 so that one character is one byte: the
 * DEF writer copies the input through by offsets.
 */
public final class LefDefFiles {
    private LefDefFiles() {
    }

    /** The file's content, uncompressed. */
    public static InputStream open(Path path, String source) throws IOException {
        InputStream raw = new BufferedInputStream(InputFiles.open(path, source), 1 << 16);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                try {
                    return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
                } catch (ZipException | EOFException e) {
                    throw new FormatException(source, 1, "not a valid gzip file: " + gzipProblem(e));
                }
            }
            return raw;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Reads what is left of a stream from {@link #open}: a reader that stops at END DESIGN or END
     * LIBRARY still checks a gzip stream's trailer (its checksum), which would otherwise go unread.
     */
    public static void drain(InputStream in, String source) throws IOException {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (ZipException | EOFException e) {
            throw new FormatException(source, 0, "the gzip data is damaged after the text that was read: "
                    + gzipProblem(e));
        }
    }

    /** True when the file starts with the gzip magic bytes. */
    public static boolean isGzip(Path path) throws IOException {
        try (InputStream in = InputFiles.open(path, path.toString())) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** What went wrong in a gzip stream, in words: Java gives an end of input no message. */
    static String gzipProblem(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof EOFException ? "the data ends early" : "the data is corrupt";
    }
}
