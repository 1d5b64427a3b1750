package io.macroplace.env.problem;

/** The proxy cost of a placement and its terms (weights as in the problem's cost settings). */
public record Costs(double proxy, double wirelength, double density, double congestion, double hpwl) {
}
