package io.macroplace.place.ea;

import io.macroplace.env.construct.DecoderConfig;

/**
 * Settings of the WireMask-EA placer.
 *
 * @param population     parents kept (mu); each generation makes one child per parent
 * @param mutatedGenes   mean number of genes (macro positions) redrawn per child (at least one)
 * @param localFraction  share of mutations that move a gene by at most two grid cells instead of
 *                       redrawing it uniformly over the canvas
 * @param maxEvaluations stop after this many decodes (the time budget may stop it earlier)
 * @param decoder        grid and pin rules of the greedy decode
 * @param objective      what ranks individuals
 */
public record EaConfig(int population, double mutatedGenes, double localFraction, int maxEvaluations,
                       DecoderConfig decoder, Objective objective) {

    /** HPWL: the decode's HPWL (hard macros and fixed pins; fast). PROXY: force-directed soft
     * macros, then the full proxy cost (slow; one evaluation per decode). */
    public enum Objective { HPWL, PROXY }

    public EaConfig {
        if (population < 1 || !(mutatedGenes > 0) || !(localFraction >= 0 && localFraction <= 1)
                || maxEvaluations < 1 || decoder == null || objective == null) {
            throw new IllegalArgumentException("bad EA settings");
        }
    }

    public static EaConfig defaults() {
        return new EaConfig(4, 2.0, 0.5, 1_000_000, DecoderConfig.defaults().withTieSlack(0.05), Objective.HPWL);
    }

    public EaConfig withPopulation(int p) {
        return new EaConfig(p, mutatedGenes, localFraction, maxEvaluations, decoder, objective);
    }

    public EaConfig withMaxEvaluations(int e) {
        return new EaConfig(population, mutatedGenes, localFraction, e, decoder, objective);
    }

    public EaConfig withDecoder(DecoderConfig d) {
        return new EaConfig(population, mutatedGenes, localFraction, maxEvaluations, d, objective);
    }

    public EaConfig withObjective(Objective o) {
        return new EaConfig(population, mutatedGenes, localFraction, maxEvaluations, decoder, o);
    }
}
