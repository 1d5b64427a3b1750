/**
 * Bookshelf (ISPD 2005/2006, ICCAD 2004) designs: {@link io.macroplace.netlist.bookshelf.BookshelfReader}
 * and {@link io.macroplace.netlist.bookshelf.BookshelfWriter} side by side, and the macro placement
 * view of the MaskPlace line of papers ({@link io.macroplace.netlist.bookshelf.MaskPlaceView},
 * {@link io.macroplace.netlist.bookshelf.MacroHpwl}).
 */
package io.macroplace.netlist.bookshelf;
