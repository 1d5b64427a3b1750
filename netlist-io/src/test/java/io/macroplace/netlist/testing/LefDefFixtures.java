package io.macroplace.netlist.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hand-written LEF/DEF test design (src/test/resources/lefdef), copied to a folder so that
 * any module's tests can hand real paths to readers and commands (the resources may sit in a jar).
 */
public final class LefDefFixtures {
    /** tech.lef (units, site, layers), cells.lef (standard cells, pad), macros.lef (a RAM block). */
    public static final List<String> LEFS = List.of("tech.lef", "cells.lef", "macros.lef");
    /** Every fixture file. */
    public static final List<String> FILES = List.of("tech.lef", "cells.lef", "macros.lef", "small.def", "macros.def");

    private LefDefFixtures() {
    }

    /** The text of one fixture file. */
    public static String text(String name) {
        try (InputStream in = LefDefFixtures.class.getResourceAsStream("/lefdef/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /lefdef/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every fixture into {@code dir}; returns dir. */
    public static Path copy(Path dir) throws IOException {
        for (String f : FILES) {
            Files.writeString(dir.resolve(f), text(f), StandardCharsets.ISO_8859_1);
        }
        return dir;
    }

    /** The three LEF files in {@code dir} (after {@link #copy}), technology first. */
    public static List<Path> lefs(Path dir) {
        return LEFS.stream().map(dir::resolve).toList();
    }
}
