package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.PlcFile;
import java.util.BitSet;

/**
 * A Bookshelf design as the model sees it: the netlist, a placement with the canvas size in its
 * header (centres in canvas coordinates, fixed flags), the layout (origin, rows), and which nodes
 * the .nodes file marks {@code terminal} / {@code terminal_NI}.
 *
 * @param name the .aux file name without its extension
 */
public record BookshelfDesign(String name, Netlist netlist, PlcFile plc, BookshelfLayout layout, BitSet terminals) {
    public BookshelfDesign {
        terminals = (BitSet) terminals.clone();
    }

    public boolean isTerminal(int node) {
        return terminals.get(node);
    }

    @Override
    public BitSet terminals() {
        return (BitSet) terminals.clone();
    }
}
