/** Moves as data (records of a sealed interface): generators create them, the cost scores them. */
package io.macroplace.env.move;
