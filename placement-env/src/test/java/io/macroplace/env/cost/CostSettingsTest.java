package io.macroplace.env.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostSettingsTest {

    private static Netlist small() throws Exception {
        NetlistBuilder b = new NetlistBuilder("s");
        b.addMacro("A", true, 20, 10, 50, 40, Orientation.N, 1); // reaches x 60, y 45
        b.addMacro("B", true, 20, 20, 300, 190, Orientation.N, 2); // reaches x 310, y 200
        b.addPort("p", 0, 0, PortSide.LEFT, 3);
        return b.build();
    }

    @Test
    void circuitTrainingDefaultsWithoutAHeader() throws Exception {
        CostSettings s = CostSettings.resolve(small(), PlcHeader.EMPTY);
        assertEquals(70.33, s.routesPerMicronH());
        assertEquals(74.51, s.routesPerMicronV());
        assertEquals(51.79, s.macroRoutesH());
        assertEquals(51.79, s.macroRoutesV());
        assertEquals(5, s.smoothingRange());
        assertEquals(1.0, s.wirelengthWeight());
        assertEquals(0.5, s.densityWeight());
        assertEquals(0.5, s.congestionWeight());
        assertEquals(PinMode.DEFAULT, s.pinMode());
        // canvas: bounding box from the origin; cell ~ sqrt(mean hard macro area) = sqrt(300)
        assertEquals(310, s.canvasWidth());
        assertEquals(200, s.canvasHeight());
        assertEquals(18, s.columns()); // round(310 / 17.32)
        assertEquals(12, s.rows()); // round(200 / 17.32)
    }

    @Test
    void headerValuesWinAndCopiesOverride() throws Exception {
        PlcHeader h = PlcHeader.EMPTY.withGrid(24, 21).withCanvas(1000, 900).withRoutes(57, 56)
                .withMacroRoutes(39, 30).withSmoothing(2.7);
        CostSettings s = CostSettings.resolve(small(), h);
        assertEquals(24, s.columns());
        assertEquals(900, s.canvasHeight());
        assertEquals(57, s.routesPerMicronH());
        assertEquals(30, s.macroRoutesV());
        assertEquals(2, s.smoothingRange(), "CT floors the smoothing factor");
        CostSettings t = s.withSmoothingRange(0).withWeights(1, 0, 0).withPinMode(PinMode.ORIENTED).withGrid(4, 5);
        assertEquals(0, t.smoothingRange());
        assertEquals(0, t.densityWeight());
        assertEquals(PinMode.ORIENTED, t.pinMode());
        assertEquals(250, t.cellWidth());
        assertEquals(180, t.cellHeight());
        assertEquals(2, s.smoothingRange(), "copies leave the original alone");
    }

    @Test
    void weightsAndPinModeComeFromTheHeaderWhenItNamesThem() throws Exception {
        CostSettings s = CostSettings.resolve(small(), PlcHeader.EMPTY.withWeights(1, 1, 0.25).withPinMode("oriented"));
        assertEquals(1.0, s.wirelengthWeight());
        assertEquals(1.0, s.densityWeight());
        assertEquals(0.25, s.congestionWeight());
        assertEquals(PinMode.ORIENTED, s.pinMode());
        assertEquals(PinMode.DEFAULT, CostSettings.resolve(small(), PlcHeader.EMPTY.withPinMode("default")).pinMode());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> new CostSettings(0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0.5, 0.5, List.of(), PinMode.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> new CostSettings(1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0.5, 0.5, List.of(), PinMode.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> new CostSettings(1, 1, 1, 1, 1, 1, 1, 1, -1, 1, 0.5, 0.5, List.of(), PinMode.DEFAULT));
    }
}
