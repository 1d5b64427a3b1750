/** WireMask greedy placement and the decoder it shares with the EA, random placement and legalisation. */
package io.macroplace.place.greedy;
