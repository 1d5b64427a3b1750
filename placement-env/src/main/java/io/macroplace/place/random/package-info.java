/** Random legal placement of hard macros. */
package io.macroplace.place.random;
