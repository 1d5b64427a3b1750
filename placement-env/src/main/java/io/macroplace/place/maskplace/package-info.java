/** The MaskPlace / WireMask setting (macros only, macro HPWL) of Bookshelf designs as placement problems. */
package io.macroplace.place.maskplace;
