/** WireMask-EA: evolution over preferred macro positions decoded by the greedy decoder. */
package io.macroplace.place.ea;
