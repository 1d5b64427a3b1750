package io.macroplace.netlist.def;

import io.macroplace.netlist.lef.LefPin;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Gathers the endpoints of one net at a time and commits signal nets to {@link DefData}: each
 * node once (two pins of one standard cell are one endpoint), the driver first (the first output
 * pin of a cell or macro, or an input pin of the design; else the first endpoint). Power and
 * ground nets ({@code + USE POWER|GROUND}, or nets that reach only supply pins) and nets with
 * fewer than two distinct endpoints are counted and dropped.
 */
final class DefNetCollector {
    private final DefData d;
    private int[] cellStamp = new int[0];
    private int[] ioStamp = new int[0];
    private int[] macroPinStamp = new int[256];
    private int stamp;
    /** Per hard-macro component: its used pins by name → macro-pin index. */
    private final Map<Integer, Map<String, Integer>> macroPinsOf = new HashMap<>();

    // the net being read
    private int line;
    private int n;
    private byte[] type = new byte[64];
    private int[] index = new int[64];
    private LefPin[] lefPin = new LefPin[64];
    private boolean[] output = new boolean[64];
    private boolean onlySupplyPins;
    private boolean anyPin;

    DefNetCollector(DefData d) {
        this.d = d;
    }

    /** Sizes the stamps once COMPONENTS and PINS are known. */
    void prepare(int components, int ioPins) {
        cellStamp = Arrays.copyOf(cellStamp, Math.max(cellStamp.length, components));
        ioStamp = Arrays.copyOf(ioStamp, Math.max(ioStamp.length, ioPins));
    }

    void begin(int srcLine) {
        line = srcLine;
        n = 0;
        onlySupplyPins = true;
        anyPin = false;
    }

    void addComponentPin(int component, LefPin pin) {
        anyPin = true;
        onlySupplyPins &= pin.isSupply();
        boolean hard = d.components.macro(component).klass().isHardMacro();
        add(hard ? DefData.MACRO_PIN : DefData.CELL, component, pin, pin.isOutput());
    }

    void addIoPin(int pin, boolean drives) {
        anyPin = true;
        onlySupplyPins &= d.pins.get(pin).isSupply();
        add(DefData.IO_PIN, pin, null, drives);
    }

    private void add(byte t, int i, LefPin p, boolean out) {
        if (n == type.length) {
            int cap = n * 2;
            type = Arrays.copyOf(type, cap);
            index = Arrays.copyOf(index, cap);
            lefPin = Arrays.copyOf(lefPin, cap);
            output = Arrays.copyOf(output, cap);
        }
        type[n] = t;
        index[n] = i;
        lefPin[n] = p;
        output[n] = out;
        n++;
    }

    /** Ends the net: commits it unless it is a supply net or has fewer than two distinct endpoints. */
    void end(boolean supplyUse, double weight) {
        if (supplyUse || anyPin && onlySupplyPins) {
            d.supplyNets++;
            return;
        }
        stamp++;
        int driver = -1;
        int distinct = 0;
        // resolve macro pins and drop repeated nodes, in place
        for (int k = 0; k < n; k++) {
            if (type[k] == DefData.MACRO_PIN) {
                index[k] = macroPin(index[k], lefPin[k]);
            }
            int[] stamps = stampsOf(type[k], index[k]);
            if (stamps[index[k]] == stamp) {
                if (driver < 0 && output[k]) { // an output pin of a cell already listed by another pin
                    driver = firstOf(type[k], index[k], distinct);
                }
                continue;
            }
            stamps[index[k]] = stamp;
            type[distinct] = type[k];
            index[distinct] = index[k];
            if (driver < 0 && output[k]) {
                driver = distinct;
            }
            distinct++;
        }
        if (distinct < 2) {
            d.singlePinNets++;
            return;
        }
        if (driver < 0) {
            driver = 0;
        }
        commit(distinct, driver, weight);
    }

    private int firstOf(byte t, int i, int distinct) {
        for (int k = 0; k < distinct; k++) {
            if (type[k] == t && index[k] == i) {
                return k;
            }
        }
        throw new IllegalStateException("endpoint seen but not kept");
    }

    private int[] stampsOf(byte t, int i) {
        switch (t) {
            case DefData.CELL -> {
                if (i >= cellStamp.length) {
                    cellStamp = Arrays.copyOf(cellStamp, Math.max(i + 1, cellStamp.length * 2));
                }
                return cellStamp;
            }
            case DefData.IO_PIN -> {
                if (i >= ioStamp.length) {
                    ioStamp = Arrays.copyOf(ioStamp, Math.max(i + 1, ioStamp.length * 2));
                }
                return ioStamp;
            }
            default -> {
                if (i >= macroPinStamp.length) {
                    macroPinStamp = Arrays.copyOf(macroPinStamp, Math.max(i + 1, macroPinStamp.length * 2));
                }
                return macroPinStamp;
            }
        }
    }

    private void commit(int count, int driver, double weight) {
        int net = d.nets;
        if (net + 1 >= d.netStart.length) {
            int cap = d.netStart.length * 2;
            d.netStart = Arrays.copyOf(d.netStart, cap);
            d.netWeight = Arrays.copyOf(d.netWeight, cap);
            d.netLine = Arrays.copyOf(d.netLine, cap);
        }
        if (d.endpoints + count > d.endType.length) {
            int cap = Math.max(d.endType.length * 2, d.endpoints + count);
            d.endType = Arrays.copyOf(d.endType, cap);
            d.endIndex = Arrays.copyOf(d.endIndex, cap);
        }
        int at = d.endpoints;
        d.endType[at] = type[driver];
        d.endIndex[at] = index[driver];
        at++;
        for (int k = 0; k < count; k++) {
            if (k != driver) {
                d.endType[at] = type[k];
                d.endIndex[at] = index[k];
                at++;
            }
        }
        d.netStart[net] = d.endpoints;
        d.netWeight[net] = weight;
        d.netLine[net] = line;
        d.endpoints = at;
        d.nets = net + 1;
        d.netStart[net + 1] = at;
    }

    /** The index of a hard-macro pin, registered on first use. */
    private int macroPin(int component, LefPin pin) {
        Map<String, Integer> pins = macroPinsOf.computeIfAbsent(component, c -> new HashMap<>());
        Integer known = pins.get(pin.name());
        if (known != null) {
            return known;
        }
        int i = d.macroPins++;
        if (i == d.macroPinComponent.length) {
            int cap = i * 2;
            d.macroPinComponent = Arrays.copyOf(d.macroPinComponent, cap);
            d.macroPinLef = Arrays.copyOf(d.macroPinLef, cap);
            d.macroPinLine = Arrays.copyOf(d.macroPinLine, cap);
        }
        d.macroPinComponent[i] = component;
        d.macroPinLef[i] = pin;
        d.macroPinLine[i] = line;
        pins.put(pin.name(), i);
        return i;
    }
}
