package io.macroplace.netlist.lef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.testing.LefDefFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LefReaderTest {
    private static final double EPS = 1e-12;

    private static LefLibrary fixtures(Path dir) throws IOException {
        return LefReader.read(LefDefFixtures.lefs(LefDefFixtures.copy(dir)));
    }

    private static LefLibrary read(String text) throws IOException {
        return LefReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "t.lef");
    }

    @Test
    void readsUnitsSitesAndLayersOfTheTechnologyLef(@TempDir Path dir) throws IOException {
        LefLibrary lib = fixtures(dir);
        assertEquals(1000, lib.databaseMicrons());
        assertEquals(dir.resolve("tech.lef") + ":7", lib.unitsSource());
        LefSite core = lib.sites().get("core");
        assertEquals("CORE", core.klass());
        assertEquals(0.2, core.width(), EPS);
        assertEquals(2.0, core.height(), EPS);
        assertEquals(List.of("M1", "V1", "M2", "M3"), List.copyOf(lib.layers().keySet()));
        LefLayer m2 = lib.layers().get("M2");
        assertEquals("VERTICAL", m2.direction());
        assertEquals(0.25, m2.pitchX(), EPS);
        assertEquals(0.2, m2.pitchY(), EPS);
        assertFalse(lib.layers().get("V1").isRouting());
    }

    @Test
    void routingTracksPerMicronComeFromTheRoutingLayers(@TempDir Path dir) throws IOException {
        LefLibrary lib = fixtures(dir);
        // horizontal M1 (pitch 0.2) and M3 (0.4); vertical M2 (pitch 0.25 between vertical tracks)
        assertEquals(1 / 0.2 + 1 / 0.4, lib.routesPerMicronH().getAsDouble(), 1e-9);
        assertEquals(1 / 0.25, lib.routesPerMicronV().getAsDouble(), 1e-9);
        // the RAM has pins on M2 and obstructions on M1 and M2: it takes those layers' tracks
        assertEquals(Set.of("M1", "M2"), lib.macroLayers());
        assertEquals(1 / 0.2, lib.macroRoutesH().getAsDouble(), 1e-9);
        assertEquals(1 / 0.25, lib.macroRoutesV().getAsDouble(), 1e-9);
    }

    @Test
    void macroClassesMapToHardMacrosAndCells(@TempDir Path dir) throws IOException {
        LefLibrary lib = fixtures(dir);
        assertEquals(MacroClass.BLOCK, lib.macro("RAM").klass());
        assertTrue(lib.macro("RAM").klass().isHardMacro());
        assertEquals(MacroClass.CORE, lib.macro("INV").klass());
        assertEquals("CORE WELLTAP", lib.macro("TAP").classText());
        assertEquals(MacroClass.CORE, lib.macro("TAP").klass());
        assertEquals(MacroClass.PAD, lib.macro("PADIN").klass());
        assertFalse(lib.macro("PADIN").klass().isHardMacro());
        assertEquals("X Y R90", lib.macro("RAM").symmetry());
        assertEquals("RAM", lib.macro("RAM").foreign());
        assertEquals("core", lib.macro("INV").site());
        assertEquals(dir.resolve("macros.lef").toString(), lib.macro("RAM").source());
        assertEquals(2, lib.macro("RAM").line());
    }

    @Test
    void aPinSitsAtTheCentreOfItsShapesBoundingBoxWithTheOriginAdded(@TempDir Path dir) throws IOException {
        LefLibrary lib = fixtures(dir);
        LefMacro ram = lib.macro("RAM");
        assertEquals(20, ram.width(), EPS);
        assertEquals(10, ram.height(), EPS);
        // CLK: RECT -1 -2 -0.6 -1.6, centre (-0.8, -1.8), ORIGIN (1, 2)
        assertPin(ram.pin("CLK"), 0.2, 0.2);
        // D[0]: two PORTs, 3..3.4 and 4..4.4 (after MASK 2) by 7..7.2: box centre (3.7, 7.1)
        assertPin(ram.pin("D[0]"), 4.7, 9.1);
        // Q[0]: a PATH from (15, 5) to (17, 5)
        assertPin(ram.pin("Q[0]"), 17, 7);
        assertTrue(ram.pin("Q[0]").isOutput());
        // NC has no shape: the macro's centre
        assertFalse(ram.pin("NC").shaped());
        assertPin(ram.pin("NC"), 10, 5);
        // INV's Y is a POLYGON 0.4..0.5 x 0.2..1.8
        assertPin(lib.macro("INV").pin("Y"), 0.45, 1.0);
        assertTrue(lib.macro("INV").pin("VDD").isSupply());
        assertEquals(Set.of("M1"), lib.macro("INV").obsLayers());
        assertNull(lib.macro("INV").pin("Z"));
    }

    private static void assertPin(LefPin p, double x, double y) {
        assertEquals(x, p.x(), 1e-9, p.name() + " x");
        assertEquals(y, p.y(), 1e-9, p.name() + " y");
    }

    @Test
    void unknownStatementsAndBlocksAreSkippedByTheirStructure() throws IOException {
        LefLibrary lib = read("""
                UNITS
                  DATABASE MICRONS 2000 ;
                  TIME NANOSECONDS 1 ;
                END UNITS
                NOWIREEXTENSIONATPIN ON ;
                NONDEFAULTRULE wide
                  LAYER M1
                    WIDTH 0.2 ;
                  END M1
                  VIA v1
                    LAYER M1 ; RECT 0 0 1 1 ;
                  END v1
                END wide
                SPACING
                  SAMENET M1 M1 0.1 ;
                END SPACING
                BEGINEXT "x"
                  anything END at all ;
                ENDEXT
                macro A
                  class block ;
                  size 4 by 2 ;
                  EEQ B ;
                  PIN p
                    ANTENNAGATEAREA 0.1 LAYER M1 ;
                    port
                      layer M1 ;
                        rect 0 0 2 2 ;
                    end
                  END p
                END A
                END LIBRARY
                """);
        assertEquals(2000, lib.databaseMicrons());
        assertEquals(MacroClass.BLOCK, lib.macro("A").klass());
        assertPin(lib.macro("A").pin("p"), 1, 1);
    }

    @Test
    void badLefIsReportedAtItsLine() {
        assertError("MACRO A\n  CLASS CORE ;\n  SIZE 1 BY 1 ;\nMACRO B\n  SIZE 1 BY 1 ;\nEND B\n",
                "t.lef:4: MACRO inside MACRO A (line 1): END A is missing");
        assertError("MACRO A\n  CLASS CORE ;\n  SIZE 1 BY 1 ;\n", "t.lef:3: the file ends inside MACRO A (line 1): "
                + "END A is missing");
        assertError("MACRO A\n  CLASS WIDGET ;\nEND A\n", "t.lef:2: MACRO A has CLASS WIDGET, which LEF does not "
                + "define (BLOCK, CORE, PAD, ENDCAP, COVER, RING)");
        assertError("MACRO A\n  CLASS CORE ;\nEND A\n", "t.lef:1: MACRO A has no SIZE");
        assertError("MACRO A\n SIZE 1 BY 1 ;\nEND A\nMACRO A\n SIZE 2 BY 2 ;\nEND A\n",
                "t.lef:4: MACRO A is defined again (first at t.lef:1)");
        assertError("MACRO A\n SIZE 1 BY 1 ;\nEND B\n", "t.lef:3: END B inside MACRO A: expected END A");
        assertError("MACRO A\n SIZE 1 BY 1 ;\n PIN p\n  PORT\n   LAYER M1 ;\n   RECT 0 0 1 ;\n  END\n END p\nEND A\n",
                "t.lef:6: RECT has an odd number of coordinates");
        assertError("LAYER M1\n PITCH wide ;\nEND M1\n", "t.lef:2: expected a number for PITCH, found \"wide\"");
        assertError("END FOO\n", "t.lef:1: END FOO closes nothing: no FOO block is open here");
        assertError("VIA v DEFAULT\n LAYER M1 ;\n", "t.lef:2: the file ends inside VIA v (line 1): END v is missing");
    }

    private static void assertError(String text, String message) {
        FormatException e = assertThrows(FormatException.class, () -> read(text));
        assertEquals(message, e.getMessage());
    }
}
