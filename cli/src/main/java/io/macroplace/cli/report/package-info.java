/**
 * Pictures and reports: layouts, charts and method comparisons.
 *
 * <p>Everything drawn is first a {@link io.macroplace.cli.report.Drawing} (a list of shapes in
 * pixels), so the PNG and SVG of one picture show the same thing and tests can inspect it:
 * <ul>
 *   <li>{@link io.macroplace.cli.report.LayoutRenderer} draws a {@link io.macroplace.cli.report.LayoutScene}
 *       (netlist, placement, floorplan, optional heatmap, title lines) in a
 *       {@link io.macroplace.cli.report.LayoutStyle};</li>
 *   <li>{@link io.macroplace.cli.report.BarChart} and {@link io.macroplace.cli.report.TrainingCurveChart}
 *       draw charts from plain values;</li>
 *   <li>{@link io.macroplace.cli.report.PngWriter}, {@link io.macroplace.cli.report.SvgWriter} and
 *       {@link io.macroplace.cli.report.DrawingFiles} write drawings atomically;</li>
 *   <li>{@link io.macroplace.cli.report.CompareReportWriter} writes a
 *       {@link io.macroplace.cli.report.CompareReport} as Markdown and HTML.</li>
 * </ul>
 * Inputs are plain arrays and records, so this package depends on no cost engine or placer.
 */
package io.macroplace.cli.report;
