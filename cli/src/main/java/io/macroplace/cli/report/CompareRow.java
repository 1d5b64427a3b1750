package io.macroplace.cli.report;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One line of a compare report: a method's metrics as mean ± std over its seeds. The input
 * placement (what the methods start from) is a row too, marked {@code inputPlacement}.
 * {@code layoutImage} is a picture of the method's (best) placement, as a path relative to the
 * report's folder, or null.
 */
public record CompareRow(String method, boolean inputPlacement, int seeds, Stat wirelength, Stat density,
                         Stat congestion, Stat proxy, Stat hpwl, Stat runtimeSeconds, int legalSeeds,
                         String layoutImage) {
    public CompareRow {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(wirelength, "wirelength");
        Objects.requireNonNull(density, "density");
        Objects.requireNonNull(congestion, "congestion");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(hpwl, "hpwl");
        Objects.requireNonNull(runtimeSeconds, "runtimeSeconds");
        if (seeds < 0 || legalSeeds < 0 || legalSeeds > seeds) {
            throw new IllegalArgumentException(method + ": legal seeds " + legalSeeds + " of " + seeds);
        }
        if (layoutImage != null && (layoutImage.startsWith("/") || layoutImage.contains("\\")
                || layoutImage.matches("^[A-Za-z]+:.*"))) {
            // The report folder must stay movable: images are referenced relative to it.
            throw new IllegalArgumentException("layout image must be a relative path with '/': " + layoutImage);
        }
    }

    /** A method's row from its runs, one per seed. */
    public static CompareRow of(String method, List<SeedResult> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException(method + ": no runs to aggregate");
        }
        int legal = (int) runs.stream().filter(SeedResult::legal).count();
        return new CompareRow(method, false, runs.size(), stat(runs, SeedResult::wirelength),
                stat(runs, SeedResult::density), stat(runs, SeedResult::congestion), stat(runs, SeedResult::proxy),
                stat(runs, SeedResult::hpwl), stat(runs, SeedResult::runtimeSeconds), legal, null);
    }

    /** The input placement's row: one evaluation, no runtime. */
    public static CompareRow input(String label, SeedResult r) {
        return new CompareRow(label, true, 1, Stat.single(r.wirelength()), Stat.single(r.density()),
                Stat.single(r.congestion()), Stat.single(r.proxy()), Stat.single(r.hpwl()), Stat.MISSING,
                r.legal() ? 1 : 0, null);
    }

    private static Stat stat(List<SeedResult> runs, ToDoubleFunction<SeedResult> metric) {
        return Stat.of(runs.stream().mapToDouble(metric).toArray());
    }

    public CompareRow withLayoutImage(String relativePath) {
        return new CompareRow(method, inputPlacement, seeds, wirelength, density, congestion, proxy, hpwl,
                runtimeSeconds, legalSeeds, relativePath);
    }

    /** "yes" when every seed was legal, "no" when none was, else "k/n". */
    public String legalText() {
        if (seeds > 0 && legalSeeds == seeds) {
            return "yes";
        }
        return legalSeeds == 0 ? "no" : legalSeeds + "/" + seeds;
    }

    /** The method name as shown in tables, with the input placement marked. */
    public String displayName() {
        return inputPlacement ? method + " (input)" : method;
    }
}
