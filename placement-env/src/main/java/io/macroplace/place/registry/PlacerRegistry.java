package io.macroplace.place.registry;

import io.macroplace.env.construct.DecoderConfig;
import io.macroplace.place.PipelinePlacer;
import io.macroplace.place.Placer;
import io.macroplace.place.cd.CdConfig;
import io.macroplace.place.cd.CoordinateDescentPlacer;
import io.macroplace.place.ea.EaConfig;
import io.macroplace.place.ea.EvolutionPlacer;
import io.macroplace.place.greedy.GreedyPlacer;
import io.macroplace.place.random.RandomPlacer;
import io.macroplace.place.sa.AnnealingPlacer;
import io.macroplace.place.sa.SaConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Placement methods by name, and pipelines of them joined by '+' ("greedy+sa+cd": each stage
 * starts from the previous stage's placement). The one place where method names are parsed: the
 * command line and library callers both go through it. Immutable; {@link #with} gives a registry
 * with one more method.
 */
public final class PlacerRegistry {
    private static final PlacerRegistry BUILT_IN = new PlacerRegistry(Map.of()).with(
            new Method("random", "random legal placement", o -> new RandomPlacer(DecoderConfig.defaults())))
            .with(new Method("greedy", "WireMask greedy", o -> new GreedyPlacer(DecoderConfig.defaults())))
            .with(new Method("ea", "WireMask-EA", o -> new EvolutionPlacer(EaConfig.defaults())))
            .with(new Method("sa", "simulated annealing on the proxy cost", o -> new AnnealingPlacer(sa(o))))
            .with(new Method("cd", "Circuit Training's coordinate descent",
                    o -> new CoordinateDescentPlacer(CdConfig.defaults())));

    private final Map<String, Method> methods;

    private PlacerRegistry(Map<String, Method> methods) {
        this.methods = methods;
    }

    private static SaConfig sa(MethodOptions o) {
        SaConfig c = SaConfig.defaults();
        c = o.saMoves() == null ? c : c.withMaxMoves(o.saMoves());
        return o.threads() == null ? c : c.withThreads(o.threads());
    }

    /** The classical methods of this module: random, greedy, ea, sa, cd. */
    public static PlacerRegistry builtIn() {
        return BUILT_IN;
    }

    /** The built-in methods plus those the {@link MethodProvider}s on the class path add (e.g. rl). */
    public static PlacerRegistry standard() {
        PlacerRegistry r = BUILT_IN;
        for (MethodProvider p : ServiceLoader.load(MethodProvider.class, PlacerRegistry.class.getClassLoader())) {
            for (Method m : p.methods()) {
                r = r.with(m);
            }
        }
        return r;
    }

    /** This registry and {@code method}. */
    public PlacerRegistry with(Method method) {
        if (methods.containsKey(method.name())) {
            throw new IllegalArgumentException("method \"" + method.name() + "\" is registered twice");
        }
        Map<String, Method> m = new LinkedHashMap<>(methods);
        m.put(method.name(), method);
        return new PlacerRegistry(m);
    }

    /** Method names in registration order. */
    public List<String> names() {
        return List.copyOf(methods.keySet());
    }

    public List<Method> methods() {
        return List.copyOf(methods.values());
    }

    /** {@link #parse(String, MethodOptions)} with every method's defaults. */
    public Placer parse(String spec) {
        return parse(spec, MethodOptions.defaults());
    }

    /**
     * One placer, or a {@link PipelinePlacer} for names joined by '+'; case and blanks around names
     * do not matter.
     *
     * @throws UnknownMethodException   for an unknown name (its message names every known method)
     * @throws IllegalArgumentException when a method cannot be built from the options
     */
    public Placer parse(String spec, MethodOptions options) {
        List<Placer> stages = new ArrayList<>();
        for (String part : spec.trim().toLowerCase(Locale.ROOT).split("\\+", -1)) {
            Method m = methods.get(part.trim());
            if (m == null) {
                throw new UnknownMethodException(part.trim(), names());
            }
            stages.add(m.create(options));
        }
        return stages.size() == 1 ? stages.get(0) : new PipelinePlacer(stages);
    }
}
