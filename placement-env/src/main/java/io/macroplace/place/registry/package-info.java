/**
 * Placement methods by name ({@link io.macroplace.place.registry.PlacerRegistry}): the classical
 * placers of this module, methods other modules add through a
 * {@link io.macroplace.place.registry.MethodProvider} (rl-policy's "rl"), and pipelines such as
 * "greedy+sa+cd". The command line and pipelines parse method names here and nowhere else.
 */
package io.macroplace.place.registry;
