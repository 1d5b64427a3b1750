package io.macroplace.rl.ppo;

/**
 * No episode of a collection finished: each reached an environment dead end. Its own type so that a
 * caller playing part of an iteration (a Spark executor's group) can tell it from other failures.
 */
public final class AllEpisodesDeadEndedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AllEpisodesDeadEndedException(String design) {
        super("every episode of " + design + " hit an environment dead end");
    }
}
