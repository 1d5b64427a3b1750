package io.macroplace.netlist.plc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.testing.SharedDesigns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged .plc files may read or fail, but only ever with a FormatException. */
class PlcReaderFuzzTest {

    @Test
    void everyTruncationAndRandomDamage(@TempDir Path dir) throws IOException {
        Netlist n = PlcReaderDesignsTest.netlist("ct-sample_clustered");
        String text = Files.readString(SharedDesigns.file("ct-sample_clustered", "initial.plc"));
        Path f = dir.resolve("fuzz.plc");
        int failures = 0;
        for (int cut = 0; cut < text.length(); cut++) {
            failures += readsOrFormatError(f, text.substring(0, cut), n) ? 0 : 1;
        }
        assertTrue(failures > 0);
        Random rnd = new Random(3);
        String alphabet = "#: .-+0123456789eENSWF\n\tabc";
        for (int t = 0; t < 1_000; t++) {
            StringBuilder sb = new StringBuilder(text);
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                int at = rnd.nextInt(sb.length());
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 1 -> sb.deleteCharAt(at);
                    default -> sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
            }
            readsOrFormatError(f, sb.toString(), n);
        }
    }

    private static boolean readsOrFormatError(Path f, String text, Netlist n) throws IOException {
        Files.writeString(f, text);
        try {
            PlcReader.read(f, n);
            PlcReader.readHeader(f);
            return true;
        } catch (FormatException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            return false;
        } catch (IOException | RuntimeException e) {
            fail("damaged .plc gave " + e + " instead of a FormatException:\n" + text, e);
            return false;
        }
    }
}
