/**
 * Seeded synthetic designs in the shape of Circuit Training's clustered netlists, for sample
 * designs, tests and scaling benchmarks: {@link io.macroplace.netlist.generate.DesignGenerator#generate}
 * with a {@link io.macroplace.netlist.generate.GeneratorConfig}.
 */
package io.macroplace.netlist.generate;
