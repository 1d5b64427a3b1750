/** Local-search state: placement, incremental proxy cost, overlap index and best placement, kept in step. */
package io.macroplace.place.search;
