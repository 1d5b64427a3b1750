/** Circuit Training's coordinate descent on the incremental proxy cost. */
package io.macroplace.place.cd;
