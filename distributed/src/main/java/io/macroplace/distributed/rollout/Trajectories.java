package io.macroplace.distributed.rollout;

import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.ppo.Episode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Episodes as executors send them back to the driver: the same values as {@link Episode} in
 * serialisable records (the environment's records are not), converted back bit for bit.
 */
public final class Trajectories {
    private Trajectories() {
    }

    /** An {@link Episode}. */
    public record EpisodeData(List<ObservationData> observations, int[] actions, double[] logp, double[] values,
                              double[] rewards, ResultData result) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** An {@link Observation}. */
    public record ObservationData(int step, int currentNode, float[] occupancy, float[] wireMask,
                                  float[] positionMask, boolean[] legalMask, float[] current, float[] next,
                                  float[] placed, float[] nodeX, float[] nodeY) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** An {@link EpisodeResult}. */
    public record ResultData(double proxyCost, double wirelengthCost, double densityCost, double congestionCost,
                             double hpwl, int[] macroCells, double[] macroX, double[] macroY) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public static EpisodeData data(Episode e) {
        List<ObservationData> obs = new ArrayList<>(e.observations().size());
        for (Observation o : e.observations()) {
            obs.add(new ObservationData(o.step(), o.currentNode(), o.occupancy(), o.wireMask(), o.positionMask(),
                    o.legalMask(), o.current(), o.next(), o.placed(), o.nodeX(), o.nodeY()));
        }
        EpisodeResult r = e.result();
        return new EpisodeData(obs, e.actions(), e.logp(), e.values(), e.rewards(),
                new ResultData(r.proxyCost(), r.wirelengthCost(), r.densityCost(), r.congestionCost(), r.hpwl(),
                        r.macroCells(), r.macroX(), r.macroY()));
    }

    public static Episode episode(EpisodeData d) {
        List<Observation> obs = new ArrayList<>(d.observations().size());
        for (ObservationData o : d.observations()) {
            obs.add(new Observation(o.step(), o.currentNode(), o.occupancy(), o.wireMask(), o.positionMask(),
                    o.legalMask(), o.current(), o.next(), o.placed(), o.nodeX(), o.nodeY()));
        }
        ResultData r = d.result();
        return new Episode(obs, d.actions(), d.logp(), d.values(), d.rewards(), new EpisodeResult(r.proxyCost(),
                r.wirelengthCost(), r.densityCost(), r.congestionCost(), r.hpwl(), r.macroCells(), r.macroX(),
                r.macroY()));
    }
}
