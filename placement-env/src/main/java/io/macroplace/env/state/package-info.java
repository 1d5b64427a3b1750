/** The mutable placement: positions and orientations by node id. */
package io.macroplace.env.state;
