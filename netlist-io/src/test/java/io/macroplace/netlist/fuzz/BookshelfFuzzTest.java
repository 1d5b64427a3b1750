package io.macroplace.netlist.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.bookshelf.BookshelfDesign;
import io.macroplace.netlist.bookshelf.BookshelfReader;
import io.macroplace.netlist.bookshelf.BookshelfWriter;
import io.macroplace.netlist.Netlist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Timeout;


/**
 * Bookshelf designs from arbitrary bytes. The input holds the files of one design separated by NUL
 * bytes, in the order {@code d.aux}, {@code d.nodes}, {@code d.nets}, {@code d.pl}, {@code d.scl},
 * {@code d.wts} (missing parts are missing files). The reader either fails with a well-formed
 * {@link FormatException} naming one of them, or gives a design that writes and reads back to the
 * same netlist.
 */
class BookshelfFuzzTest {
    static final String[] FILES = {"d.aux", "d.nodes", "d.nets", "d.pl", "d.scl", "d.wts"};

    @FuzzTest
    @Timeout(10) // per input: no input may take 10 s
    void readsOrRejects(byte[] data) throws IOException {
        Path dir = FuzzFiles.dir().resolve("bookshelf");
        Files.createDirectories(dir);
        Path[] files = new Path[FILES.length];
        int from = 0;
        for (int k = 0; k < FILES.length; k++) {
            files[k] = dir.resolve(FILES[k]);
            if (from > data.length) {
                Files.deleteIfExists(files[k]);
                continue;
            }
            int end = from;
            while (end < data.length && data[end] != 0) {
                end++;
            }
            Files.write(files[k], Arrays.copyOfRange(data, from, end));
            from = end + 1;
        }
        BookshelfDesign d;
        try {
            d = BookshelfReader.read(files[0]);
        } catch (FormatException e) {
            FuzzFiles.assertWellFormed(e, files);
            return;
        }
        Path again = FuzzFiles.dir().resolve("rewritten").resolve("r.aux");
        try {
            BookshelfWriter.check(d.netlist(), d.plc().placement());
        } catch (FormatException | IllegalArgumentException e) {
            return; // a netlist Bookshelf cannot hold as read (documented in check)
        }
        try {
            BookshelfWriter.write(again, d.netlist(), d.plc().placement(), d.layout());
        } catch (FormatException e) {
            FuzzFiles.assertWellFormed(e, again.resolveSibling("r.scl"));
            return; // rows too many or too long to write (BookshelfWriter.checkRows)
        }
        assertSameStructure(d.netlist(), BookshelfReader.read(again).netlist());
    }

    /** Same nodes (names, kinds) and nets (sizes, weights); geometry goes through unit conversions. */
    private static void assertSameStructure(Netlist a, Netlist b) {
        assertEquals(a.nodeCount(), b.nodeCount(), "node count");
        for (int i = 0; i < a.nodeCount(); i++) {
            assertEquals(a.name(i), b.name(i), "name of node " + i);
            assertEquals(a.kind(i), b.kind(i), "kind of node " + i);
        }
        assertEquals(a.netCount(), b.netCount(), "net count");
        for (int e = 0; e < a.netCount(); e++) {
            assertEquals(a.netEnd(e) - a.netStart(e), b.netEnd(e) - b.netStart(e), "size of net " + e);
            assertEquals(a.netWeight(e), b.netWeight(e), "weight of net " + e);
        }
    }
}
