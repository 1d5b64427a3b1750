package io.macroplace.netlist.ct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.testing.SharedDesigns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** The in-place parser must give Double.parseDouble's exact bits, every digit of them. */
class DecimalParserTest {

    private static void same(String literal) {
        char[] a = ("xx" + literal + "yy").toCharArray(); // parse from the middle of a buffer
        double expected = Double.parseDouble(literal);
        double actual = DecimalParser.parse(a, 2, literal.length());
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> literal + ": expected " + expected + " but was " + actual);
    }

    @Test
    void randomLiteralsMatchTheJdkBitForBit() {
        Random rnd = new Random(42);
        for (int t = 0; t < 300_000; t++) {
            StringBuilder sb = new StringBuilder();
            if (rnd.nextInt(4) == 0) {
                sb.append(rnd.nextBoolean() ? '-' : '+');
            }
            int intDigits = rnd.nextInt(12);
            for (int i = 0; i < intDigits; i++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            int fracDigits = rnd.nextInt(intDigits == 0 ? 20 : 22) + (intDigits == 0 ? 1 : 0);
            if (fracDigits > 0 || rnd.nextBoolean()) {
                sb.append('.');
                for (int i = 0; i < fracDigits; i++) {
                    sb.append((char) ('0' + rnd.nextInt(10)));
                }
            }
            if (rnd.nextInt(5) == 0) {
                sb.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextInt(3) == 0 ? "-" : "").append(rnd.nextInt(40));
            }
            same(sb.toString());
        }
        for (int t = 0; t < 100_000; t++) {
            same(Double.toString(rnd.nextDouble() * Math.pow(10, rnd.nextInt(30) - 15)));
            same(Double.toString(Double.longBitsToDouble(rnd.nextLong())).replace("Infinity", "1").replace("NaN", "2"));
        }
    }

    @Test
    void edgeCases() {
        for (String s : new String[] {"0", "-0", "-0.0", "0.000", "00012.5000", ".5", "5.", "1e22", "9007199254740993",
            "9007199254740992", "123456789012345678", "1234567890123456789012", "0.1", "0.30000000000000004",
            "1e-400", "1e400", "4.9e-324", "1.7976931348623157e308", "2.2250738585072014E-308", "1433.406",
            "-16.666667", "0.035", "999999999999999999999e-21"}) {
            same(s);
        }
        assertEquals(1.5, DecimalParser.parse("1.5f".toCharArray(), 0, 4));
        assertEquals(Double.NEGATIVE_INFINITY, DecimalParser.parse("-inf".toCharArray(), 0, 4));
        assertTrue(Double.isNaN(DecimalParser.parse("nan".toCharArray(), 0, 3)));
        for (String bad : new String[] {"1.2.3", "", "-", ".", "e5", "1e", "1e+", "0x1p3", "1d", "Infinity1", "1,5", "--1"}) {
            assertThrows(NumberFormatException.class, () -> DecimalParser.parse(bad.toCharArray(), 0, bad.length()), bad);
        }
    }

    @Test
    void everyNumberOfTheArianeNetlists() throws IOException {
        assertEquals(81_218, checkAllNumbers("ariane133-ng45"));
        assertTrue(checkAllNumbers("ariane133-ng45-flat") > 380_000);
    }

    private static int checkAllNumbers(String design) throws IOException {
        int count = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SharedDesigns.file(design, "netlist.pb.txt.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.trim();
                if (t.startsWith("f: ")) {
                    same(t.substring(3));
                    count++;
                }
            }
        }
        return count;
    }
}
