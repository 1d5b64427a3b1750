package io.macroplace.netlist.ct;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.testing.SharedDesigns;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Damaged input may parse or fail, but only ever with a FormatException. */
class CtNetlistReaderFuzzTest {

    private static boolean parsesOrFormatError(String text) {
        try {
            CtNetlistReader.read(new StringReader(text), "fuzz.pb.txt");
            return true;
        } catch (FormatException e) {
            assertTrue(e.line() >= 0 && e.getMessage().startsWith("fuzz.pb.txt"), e.getMessage());
            return false;
        } catch (IOException | RuntimeException e) {
            fail("damaged input gave " + e + " instead of a FormatException:\n" + text, e);
            return false;
        }
    }

    @Test
    void everyTruncationAndRandomDamage() throws IOException {
        String text = Files.readString(SharedDesigns.file("ct-sample_clustered", "netlist.pb.txt"));
        int failures = 0;
        for (int cut = 0; cut < text.length(); cut++) {
            failures += parsesOrFormatError(text.substring(0, cut)) ? 0 : 1;
        }
        assertTrue(failures > text.length() / 2, "most truncations are errors");
        Random rnd = new Random(1);
        String alphabet = "{}:\"'\\#\n .-+0123456789eEfinxyzMACROPINSTDCELport_";
        for (int t = 0; t < 1_500; t++) {
            StringBuilder sb = new StringBuilder(text);
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                int at = rnd.nextInt(sb.length());
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 1 -> sb.deleteCharAt(at);
                    default -> sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
            }
            parsesOrFormatError(sb.toString());
        }
    }
}
